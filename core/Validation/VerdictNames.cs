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

    /// <summary>The verdict of a stored name; an unknown name sorts as <see cref="Verdict.Unparseable"/>.</summary>
    public static Verdict Parse(string? name) => All.IndexOf(name ?? string.Empty) is var i and >= 0 ? (Verdict)i : Verdict.Unparseable;

    private static int IndexOf(this IReadOnlyList<string> names, string name)
    {
        for (var i = 0; i < names.Count; i++)
        {
            if (names[i] == name)
            {
                return i;
            }
        }

        return -1;
    }
}
