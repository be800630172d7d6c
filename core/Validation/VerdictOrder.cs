namespace ReportAudit.Core.Validation;

/// <summary>The order in which verdicts are sorted and listed for a supervisor: the worst first.</summary>
public static class VerdictOrder
{
    private static readonly Verdict[] Order = [Verdict.Failed, Verdict.Unparseable, Verdict.Warnings, Verdict.Passed];

    /// <summary>Failed, unparseable, warnings, passed.</summary>
    public static IReadOnlyList<Verdict> WorstFirst => Order;

    /// <summary>The verdict's place in <see cref="WorstFirst"/>: 0 for the worst.</summary>
    public static int Rank(Verdict verdict) => Array.IndexOf(Order, verdict);
}
