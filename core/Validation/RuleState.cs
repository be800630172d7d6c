namespace ReportAudit.Core.Validation;

/// <summary>What a rule made of one report.</summary>
public enum RuleState
{
    Passed = 0,
    Fired,

    /// <summary>The report lacks what the rule checks (a missing section, no previous year): never counted as passed.</summary>
    NotAssessable,
}
