namespace ReportAudit.Core.Validation;

/// <summary>Every rule, in the order they run and are documented.</summary>
public static class RuleCatalogue
{
    public static IReadOnlyList<IReportRule> All() => [];
}
