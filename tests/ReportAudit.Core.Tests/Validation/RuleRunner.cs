using ReportAudit.Core.Model;
using ReportAudit.Core.Validation;

namespace ReportAudit.Core.Tests.Validation;

/// <summary>Runs one rule on one report the way <see cref="ReportValidator"/> does, and gives its outcome and findings.</summary>
internal static class RuleRunner
{
    public static (RuleState State, IReadOnlyList<Finding> Findings) Run(IReportRule rule, AnnualReport report, PreviousYearFigures? previous = null, ValidationOptions? options = null)
    {
        var result = new ReportValidator([rule], options ?? new ValidationOptions()).Validate(report, previous);
        return (result.Outcomes.Single().State, result.Findings);
    }
}
