namespace ReportAudit.Core.Digest;

/// <summary>One mail to one recipient, with an HTML and a plain-text alternative.</summary>
public sealed record EmailMessage(string To, string Subject, string Html, string Text);
