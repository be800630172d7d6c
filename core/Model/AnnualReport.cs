namespace ReportAudit.Core.Model;

/// <summary>One 政府信息公开工作年度报告 as read from a file.</summary>
public sealed class AnnualReport
{
    /// <summary>The issuing body (发布机构) as the report writes it, or null when the report does not say.</summary>
    public string? Body { get; init; }

    /// <summary>Where the body's name was found (the uploader, the title, a page field, the signature).</summary>
    public BodySource? BodySource { get; init; }

    /// <summary>The year the report is about.</summary>
    public int? Year { get; init; }

    /// <summary>The year stated in the title, when there is a title (it may disagree with the body text).</summary>
    public int? TitleYear { get; init; }

    /// <summary>The year section 一 opens with (2022年，…), which should agree with the title's.</summary>
    public int? NarrativeYear { get; init; }

    /// <summary>The report's title line, when found.</summary>
    public string? Title { get; init; }

    /// <summary>The publication date: a page's 发布日期/时间/成文日期 field or PubDate, or the signature date.</summary>
    public DateOnly? PublishedOn { get; init; }

    /// <summary>Where the publication date was found.</summary>
    public PublishedSource? PublishedOnSource { get; init; }

    public TemplateVersion Template { get; init; }

    public ParseStatus Status { get; init; }

    public InputFormat Format { get; init; }

    /// <summary>The text encoding detected (text and HTML input).</summary>
    public string? Encoding { get; init; }

    /// <summary>The sections found, in the order they appear (at most one per number).</summary>
    public IReadOnlyList<ReportSection> Sections { get; init; } = [];

    /// <summary>Section 二 (主动公开).</summary>
    public StatisticsTable ActiveDisclosure { get; init; } = new();

    /// <summary>Section 三 (依申请公开): rows × 7 applicant columns.</summary>
    public StatisticsTable Applications { get; init; } = new();

    /// <summary>Section 四 (行政复议、行政诉讼): groups × results.</summary>
    public StatisticsTable ReviewLitigation { get; init; } = new();

    /// <summary>Rows of the other template found in this report (a mixed template).</summary>
    public IReadOnlyList<string> ForeignTemplateRows { get; init; } = [];

    public IReadOnlyList<ParseNotice> Notices { get; init; } = [];

    /// <summary>The source file's name, as given to the parser.</summary>
    public string? FileName { get; init; }

    public ReportSection? Section(int number) => Sections.FirstOrDefault(s => s.Number == number);
}
