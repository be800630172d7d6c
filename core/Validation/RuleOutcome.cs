namespace ReportAudit.Core.Validation;

/// <summary>
/// One rule's outcome on one report, with the reason when it could not be assessed, or, when it passed or fired, the
/// places it left out (a column or row whose cells are blank: blanks are not stated figures).
/// </summary>
public sealed record RuleOutcome(string RuleId, RuleState State, string? Reason = null);
