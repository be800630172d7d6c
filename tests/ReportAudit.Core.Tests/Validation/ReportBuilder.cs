using ReportAudit.Core.Model;

namespace ReportAudit.Core.Tests.Validation;

/// <summary>
/// Builds reports for rule tests: by default a correct 2022 report of a department on the 2021 template, every table
/// cell 0, all six sections present; each test changes what its rule looks at.
/// </summary>
internal sealed class ReportBuilder
{
    private readonly Dictionary<(int Section, string Row, string Column), Cell> _cells = [];
    private readonly Dictionary<int, string> _sections = [];
    private readonly List<ParseNotice> _notices = [];
    private readonly List<string> _foreign = [];
    private int _line = 100;

    public TemplateVersion Template { get; private set; }

    public int? Year { get; set; } = 2022;

    public int? TitleYear { get; set; } = 2022;

    public int? NarrativeYear { get; set; } = 2022;

    public string? Title { get; set; } = "2022年政府信息公开工作年度报告";

    public string? Body { get; set; } = "某市某区人民政府办公室";

    public DateOnly? PublishedOn { get; set; } = new DateOnly(2023, 1, 20);

    public PublishedSource? PublishedOnSource { get; set; } = PublishedSource.PublishedField;

    public ParseStatus Status { get; set; } = ParseStatus.Parsed;

    public static ReportBuilder Valid2021() => new ReportBuilder().WithTemplate(TemplateVersion.V2021);

    public static ReportBuilder Valid2019()
    {
        var builder = new ReportBuilder { Year = 2020, TitleYear = 2020, NarrativeYear = 2020, Title = "2020年政府信息公开工作年度报告", PublishedOn = new DateOnly(2021, 1, 20) };
        return builder.WithTemplate(TemplateVersion.V2019);
    }

    public ReportBuilder WithTemplate(TemplateVersion template)
    {
        Template = template;
        _cells.Clear();
        foreach (var row in TemplateCatalog.ActiveDisclosureRows(template))
        {
            foreach (var column in row.Columns)
            {
                Active(row.Key, column, 0);
            }
        }

        foreach (var row in TemplateCatalog.ApplicationRows(template))
        {
            foreach (var column in row.Columns)
            {
                Applications(row.Key, column, 0);
            }
        }

        foreach (var group in TemplateCatalog.ReviewGroups)
        {
            foreach (var column in TemplateCatalog.ReviewCells)
            {
                Review(group, column, 0);
            }
        }

        for (var n = 1; n <= 6; n++)
        {
            _sections[n] = n switch
            {
                5 => "存在的主要问题：政策解读形式较为单一，依申请公开答复的规范性有待提高。改进措施：一是丰富图解、视频等解读形式；二是加强答复文书审核，组织业务培训。",
                6 when template == TemplateVersion.V2021 => "本年度未收取信息处理费。",
                _ => "……",
            };
        }

        return this;
    }

    public ReportBuilder Active(string row, string column, decimal? value) => Set(2, row, column, CellOf(value));

    public ReportBuilder Applications(string row, string column, decimal? value) => Set(3, row, column, CellOf(value));

    public ReportBuilder Review(string group, string column, decimal? value) => Set(4, group, column, CellOf(value));

    /// <summary>Sets a whole section 三 row: the six applicant columns and the total, left to right.</summary>
    public ReportBuilder ApplicationsRow(string row, params decimal?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            Applications(row, TemplateCatalog.ApplicantColumns[i], values[i]);
        }

        return this;
    }

    /// <summary>Sets a section 四 group: upheld, corrected, other, pending, total.</summary>
    public ReportBuilder ReviewGroup(string group, params decimal?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            Review(group, TemplateCatalog.ReviewCells[i], values[i]);
        }

        return this;
    }

    public ReportBuilder Text(int section, string row, string column, string raw) =>
        Set(section, row, column, new Cell(raw, CellKind.Text, null, null, SourceLocation.AtLine(_line++)));

    public ReportBuilder Remove(int section, string row, string? column = null)
    {
        foreach (var key in _cells.Keys.Where(k => k.Section == section && k.Row == row && (column is null || k.Column == column)).ToList())
        {
            _cells.Remove(key);
        }

        return this;
    }

    public ReportBuilder Section(int number, string? text)
    {
        if (text is null)
        {
            _sections.Remove(number);
        }
        else
        {
            _sections[number] = text;
        }

        return this;
    }

    public ReportBuilder Notice(ParseNotice notice)
    {
        _notices.Add(notice);
        return this;
    }

    public ReportBuilder Foreign(string row)
    {
        _foreign.Add(row);
        return this;
    }

    public AnnualReport Build()
    {
        var tables = new Dictionary<int, StatisticsTable> { [2] = new(), [3] = new(), [4] = new() };
        foreach (var ((section, row, column), cell) in _cells)
        {
            tables[section].Set(row, column, cell);
        }

        return new AnnualReport
        {
            Title = Title,
            Body = Body,
            Year = Year,
            TitleYear = TitleYear,
            NarrativeYear = NarrativeYear,
            PublishedOn = PublishedOn,
            PublishedOnSource = PublishedOnSource,
            Template = Template,
            Status = Status,
            Sections = _sections.OrderBy(s => s.Key).Select(s => new ReportSection(s.Key, ReportSection.Numerals[s.Key - 1], s.Value, SourceLocation.AtLine(s.Key * 10))).ToArray(),
            ActiveDisclosure = tables[2],
            Applications = tables[3],
            ReviewLitigation = tables[4],
            ForeignTemplateRows = _foreign,
            Notices = _notices,
        };
    }

    private ReportBuilder Set(int section, string row, string column, Cell cell)
    {
        _cells[(section, row, column)] = cell;
        return this;
    }

    private Cell CellOf(decimal? value)
    {
        var location = SourceLocation.AtLine(_line++);
        return value switch
        {
            null => new Cell(string.Empty, CellKind.Blank, null, null, location),
            { } v when v != decimal.Truncate(v) => new Cell(v.ToString(System.Globalization.CultureInfo.InvariantCulture), CellKind.Decimal, v, null, location),
            { } v when v < 0 => new Cell(v.ToString(System.Globalization.CultureInfo.InvariantCulture), CellKind.SignedInteger, v, null, location),
            { } v => new Cell(v.ToString(System.Globalization.CultureInfo.InvariantCulture), CellKind.Integer, v, null, location),
        };
    }
}
