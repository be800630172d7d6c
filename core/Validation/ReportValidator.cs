using ReportAudit.Core.Model;

namespace ReportAudit.Core.Validation;

/// <summary>Runs every rule on a report and gives the verdict, the findings and each rule's outcome.</summary>
public sealed class ReportValidator(IEnumerable<IReportRule> rules, ValidationOptions options)
{
    private readonly IReportRule[] _rules = rules.ToArray();

    public IReadOnlyList<RuleDescriptor> Catalogue => _rules.Select(r => r.Descriptor).ToArray();

    public static ReportValidator CreateDefault(ValidationOptions? options = null) =>
        new(RuleCatalogue.All(), options ?? new ValidationOptions());

    /// <param name="report">The report.</param>
    /// <param name="previous">The same body's figures for the year before, when known.</param>
    /// <param name="region">The report's region (first folder of the upload path), for regional deadlines.</param>
    /// <param name="versionChange">What changed since the previous version of the same body-year, when there is one.</param>
    public ValidationResult Validate(AnnualReport report, PreviousYearFigures? previous = null, string? region = null, VersionChange? versionChange = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.Status == ParseStatus.Unparseable)
        {
            return new ValidationResult(Verdict.Unparseable, [], _rules.Select(r => new RuleOutcome(r.Descriptor.Id, RuleState.NotAssessable, "unparseable")).ToArray());
        }

        var context = new RuleContext(report, previous, options, region) { VersionChange = versionChange };
        var outcomes = new List<RuleOutcome>(_rules.Length);
        foreach (var rule in _rules)
        {
            var before = context.Findings.Count;
            context.StartRule();
            rule.Evaluate(context);
            var state = context.Findings.Count > before ? RuleState.Fired
                : context.NotAssessableReason is not null ? RuleState.NotAssessable
                : RuleState.Passed;

            // A rule that assessed some places and not others passes or fires, and its outcome names what it left out.
            var reason = state == RuleState.NotAssessable ? context.NotAssessableReason : context.SkippedReason();
            outcomes.Add(new RuleOutcome(rule.Descriptor.Id, state, reason));
        }

        var findings = context.Findings;
        return new ValidationResult(ValidationResult.VerdictOf(findings.Select(f => f.Severity)), findings, outcomes);
    }
}
