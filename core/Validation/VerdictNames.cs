namespace ReportAudit.Core.Validation;

/// <summary>The one mapping of <see cref="Verdict"/> to the name stored in tables and written in JSON, CSV and the dashboard.</summary>
public static class VerdictNames
{
    public const string Passed = "passed";
    public const string Warnings = "warnings";
    public const string Failed = "failed";
    public const string Unparseable = "unparseable";

    /// <summary>Every name, from the best verdict to the worst (the order of <see cref="Verdict"/>).</summary>
    public static readonly IReadOnlyList<string> All = [Passed, Warnings, Failed, Unparseable];

    public static string Name(Verdict verdict) => All[(int)verdict];
}
