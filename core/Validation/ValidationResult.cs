namespace ReportAudit.Core.Validation;

/// <summary>The verdict on one report, its findings and every rule's outcome.</summary>
public sealed record ValidationResult(Verdict Verdict, IReadOnlyList<Finding> Findings, IReadOnlyList<RuleOutcome> Outcomes)
{
    public int Errors => Findings.Count(f => f.Severity == Severity.Error);

    public int Warnings => Findings.Count(f => f.Severity == Severity.Warning);

    public int Notices => Findings.Count(f => f.Severity == Severity.Notice);

    /// <summary>The verdict that follows from findings (those a supervisor dismissed left out by the caller).</summary>
    public static Verdict VerdictOf(IEnumerable<Severity> severities)
    {
        var worst = severities.DefaultIfEmpty(Severity.Notice).Max();
        var any = severities.Any(s => s >= Severity.Warning);
        return worst == Severity.Error ? Verdict.Failed : any ? Verdict.Warnings : Verdict.Passed;
    }
}
