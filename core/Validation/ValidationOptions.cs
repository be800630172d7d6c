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
}
