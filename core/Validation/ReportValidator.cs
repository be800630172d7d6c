using ReportAudit.Core.Model;

namespace ReportAudit.Core.Validation;

/// <summary>Runs every rule on a report and gives the verdict, the findings and each rule's outcome.</summary>
public sealed class ReportValidator(IEnumerable<IReportRule> rules, ValidationOptions options)
{
    private readonly IReportRule[] _rules = rules.ToArray();

    public IReadOnlyList<RuleDescriptor> Catalogue => _rules.Select(r => r.Descriptor).ToArray();

    public static ReportValidator CreateDefault(ValidationOptions? options = null) =>
        new(RuleCatalogue.All(), options ?? new ValidationOptions());

    public ValidationResult Validate(AnnualReport report, PreviousYearFigures? previous = null, VersionChange? versionChange = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.Status == ParseStatus.Unparseable)
        {
            return new ValidationResult(Verdict.Unparseable, [], _rules.Select(r => new RuleOutcome(r.Descriptor.Id, RuleState.NotAssessable, "unparseable")).ToArray());
        }

        var context = new RuleContext(report, previous, options) { VersionChange = versionChange };
        var outcomes = new List<RuleOutcome>(_rules.Length);
        foreach (var rule in _rules)
        {
            var before = context.Findings.Count;
            context.StartRule();
            rule.Evaluate(context);
            var state = context.Findings.Count > before ? RuleState.Fired
                : context.NotAssessableReason is not null ? RuleState.NotAssessable
                : RuleState.Passed;
            outcomes.Add(new RuleOutcome(rule.Descriptor.Id, state, state == RuleState.NotAssessable ? context.NotAssessableReason : null));
        }

        var findings = context.Findings;
        return new ValidationResult(ValidationResult.VerdictOf(findings.Select(f => f.Severity)), findings, outcomes);
    }
}
