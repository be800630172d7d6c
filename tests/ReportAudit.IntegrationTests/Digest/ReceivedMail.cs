namespace ReportAudit.IntegrationTests.Digest;

internal sealed record ReceivedMail(string Subject, string Html, string Text);
