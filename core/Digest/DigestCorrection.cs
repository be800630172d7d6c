namespace ReportAudit.Core.Digest;

/// <summary>A finding corrected in the week: the body, its report's year, the rule and its title, and a link to the report.</summary>
public sealed record DigestCorrection(string Body, string Region, int? Year, string RuleId, string RuleTitle, Uri? Link);
