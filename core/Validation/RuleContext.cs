using ReportAudit.Core.Model;

namespace ReportAudit.Core.Validation;

/// <summary>What a rule sees (the report, last year's figures, the options) and where it puts what it finds.</summary>
public sealed class RuleContext(AnnualReport report, PreviousYearFigures? previous, ValidationOptions options, string? region = null)
{
    private readonly List<Finding> _findings = [];
    private readonly List<(string Zh, string En)> _skipped = [];
    private readonly string?[] _normalizedSections = new string?[7];
    private Rules.ApplicationsGrid? _grid;
    private Rules.CellCensus? _census;

    public AnnualReport Report { get; } = report;

    public PreviousYearFigures? Previous { get; } = previous;

    public ValidationOptions Options { get; } = options;

    /// <summary>The report's region (the first folder of its upload path), for local rules such as earlier deadlines; null when unknown.</summary>
    public string? Region { get; } = region;

    /// <summary>What changed since the previous version of this body's report for this year, or null (the first version).</summary>
    public VersionChange? VersionChange { get; init; }

    public IReadOnlyList<Finding> Findings => _findings;

    /// <summary>Why the current rule could not assess the report, or null.</summary>
    public string? NotAssessableReason { get; private set; }

    public void Add(Finding finding) => _findings.Add(finding);

    public void NotAssessable(string reason) => NotAssessableReason = reason;

    /// <summary>
    /// Notes one place (a column, a row, a group) the current rule could not assess, because the cells it would compare
    /// are blank: blanks are not stated figures. The rule's outcome names these places; when the rule assessed nothing
    /// else, it is not assessable.
    /// </summary>
    public void NotAssessableAt(string whereZh, string whereEn) => _skipped.Add((whereZh, whereEn));

    /// <summary>The places the current rule could not assess, as one sentence for its outcome, or null.</summary>
    internal string? SkippedReason()
    {
        if (_skipped.Count == 0)
        {
            return null;
        }

        const int Shown = 6;
        var zh = string.Join("；", _skipped.Take(Shown).Select(s => s.Zh)) + (_skipped.Count > Shown ? $" 等 {_skipped.Count} 处" : string.Empty);
        var en = string.Join("; ", _skipped.Take(Shown).Select(s => s.En)) + (_skipped.Count > Shown ? $" and {_skipped.Count - Shown} more" : string.Empty);
        return $"未核算（空白不是填报的数字）：{zh} not assessed (blanks are not stated figures): {en}";
    }

    internal void StartRule()
    {
        NotAssessableReason = null;
        _skipped.Clear();
    }

    /// <summary>Section 三 as a flat grid, built once per report for the arithmetic rules.</summary>
    internal Rules.ApplicationsGrid ApplicationsGrid => _grid ??= new Rules.ApplicationsGrid(Report);

    /// <summary>The blank and not-a-count cells of the three tables, found in one pass per report.</summary>
    internal Rules.CellCensus CellCensus => _census ??= new Rules.CellCensus(Report);

    /// <summary>
    /// A section's text in the form the narrative rules read it: simplified, half-width, without spaces,
    /// one line per paragraph (computed once per report). Null when the section is missing.
    /// </summary>
    public string? NormalizedSectionText(int number)
    {
        if (number is < 1 or > 6)
        {
            return null;
        }

        if (_normalizedSections[number] is { } cached)
        {
            return cached;
        }

        if (Report.Section(number) is not { } section)
        {
            return null;
        }

        return _normalizedSections[number] = NormalizeKeepingLines(section.Text);
    }

    /// <summary><see cref="Parsing.Normalization.ChineseText.Normalize"/> in one pass, keeping line breaks as sentence ends.</summary>
    private static string NormalizeKeepingLines(string text)
    {
        var source = Parsing.Normalization.ChineseText.StripPinyinMarks(text);
        var buffer = source.Length <= 512 ? stackalloc char[source.Length] : new char[source.Length];
        var n = 0;
        foreach (var raw in source)
        {
            if (raw == '\n')
            {
                buffer[n++] = raw;
                continue;
            }

            var c = Parsing.Normalization.ChineseText.ToSimplified(Parsing.Normalization.ChineseText.ToHalfWidth(raw));
            if (char.IsWhiteSpace(c) || c is '“' or '”' or '"' or '‘' or '’' or '\'' or '「' or '」')
            {
                continue;
            }

            buffer[n++] = c;
        }

        return new string(buffer[..n]);
    }
}
