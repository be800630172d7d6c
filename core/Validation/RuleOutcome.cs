namespace ReportAudit.Core.Validation;

/// <summary>One rule's outcome on one report, with the reason when it could not be assessed.</summary>
public sealed record RuleOutcome(string RuleId, RuleState State, string? Reason = null);
