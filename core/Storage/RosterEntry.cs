namespace ReportAudit.Core.Storage;

/// <summary>A body expected to publish a report: one line of the roster CSV (<c>body,region,kind</c>).</summary>
public sealed record RosterEntry(string Body, string BodyKey, string Region, string? Kind);
