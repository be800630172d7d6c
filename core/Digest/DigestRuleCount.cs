namespace ReportAudit.Core.Digest;

/// <summary>A rule and the number of the week's reports it fired on.</summary>
public sealed record DigestRuleCount(string RuleId, string Title, int Reports);
