namespace ReportAudit.Core.Digest;

/// <summary>A composed digest: subject, HTML part and plain-text part.</summary>
public sealed record DigestMessage(string Subject, string Html, string Text);
