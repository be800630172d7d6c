namespace ReportAudit.Core.Validation;

/// <summary>Settings of the rules (section <c>Validation</c>); the defaults follow the regulation.</summary>
public sealed class ValidationOptions
{
    public const string SectionName = "Validation";

    /// <summary>
    /// The kind of body per body key or name, overriding what the title suggests
    /// (values: <c>department</c>, <c>government</c>, <c>township</c>).
    /// </summary>
    public Dictionary<string, string> BodyKinds { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Deadline per kind as month-day of the year after the report year (e.g. <c>01-31</c>, <c>03-31</c>).</summary>
    public Dictionary<string, string> Deadlines { get; set; } = new(StringComparer.Ordinal)
    {
        ["department"] = "01-31",
        ["government"] = "03-31",
        ["township"] = "01-31",
    };

    /// <summary>
    /// Deadlines set earlier by local rules, per region (the first folder of the upload path, e.g. <c>hebei</c>; a
    /// longer path such as <c>hebei/shijiazhuang</c> matches its sub-folders and wins over a shorter one), then per kind
    /// (<c>department</c>, <c>government</c>, <c>township</c>, or <c>*</c> for every kind), as month-day of the following
    /// year: <c>Validation:RegionDeadlines:hebei:department = 01-28</c>.
    /// </summary>
    public Dictionary<string, Dictionary<string, string>> RegionDeadlines { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>A deadline for one body (its name or key), as month-day of the following year; wins over region and kind.</summary>
    public Dictionary<string, string> BodyDeadlines { get; set; } = new(StringComparer.Ordinal);

    /// <summary>
    /// <c>narrative.problems</c>: section 五 (存在的主要问题及改进情况) with fewer characters than this (letters and
    /// digits, after normalisation) is too short to state a problem and a measure.
    /// </summary>
    public int ProblemsMinimumCharacters { get; set; } = 40;

    /// <summary>
    /// <c>crossyear.copied-text</c>: the share of this year's text (section 一 or 五, 4-character shingles, figures
    /// masked) found in the same body's report of the year before, from which the text counts as copied (0–1).
    /// </summary>
    public double CopiedTextThreshold { get; set; } = 0.8;

    /// <summary><c>crossyear.copied-text</c>: sections shorter than this (characters after normalisation) are not compared.</summary>
    public int CopiedTextMinimumCharacters { get; set; } = 80;
}
