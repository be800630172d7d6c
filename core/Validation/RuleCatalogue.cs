using ReportAudit.Core.Validation.Rules;

namespace ReportAudit.Core.Validation;

/// <summary>Every rule, in the order they run and are documented.</summary>
public static class RuleCatalogue
{
    public static IReadOnlyList<IReportRule> All() =>
    [
        new SectionsRule(),
        new RowsRule(),
        new BlankCellsRule(),
        new BlankTotalRule(),
        new NotACountRule(),
        new NearMissLabelRule(),
        new TemplateOutdatedRule(),
        new TemplateMixedRule(),
        new ApplicationsBalanceRule(),
        new ApplicationsRowTotalRule(),
        new ApplicationsResultTotalRule(),
        new ReviewLitigationTotalRule(),
        new NarrativeApplicationsRule(),
        new NarrativeReviewLitigationRule(),
        new NarrativeFeesRule(),
        new ProblemsRule(),
        new LateRule(),
        new ImpossibleDateRule(),
        new YearMismatchRule(),
        new RegulationsPowerRule(),
        new FeeStatementRule(),
        new CarriedOverRule(),
        new InForceRule(),
        new CopiedTextRule(),
        new VersionChangedRule(),
    ];
}
