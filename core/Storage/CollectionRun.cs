namespace ReportAudit.Core.Storage;

/// <summary>A collection run as started: what was asked, and when.</summary>
/// <param name="Run">The run id.</param>
/// <param name="StartedAt">When it was started.</param>
/// <param name="Request">What was asked, in words (URLs, column, CSV rows, years).</param>
/// <param name="Queued">How many items it started with.</param>
public sealed record CollectionRun(string Run, DateTimeOffset StartedAt, string Request, int Queued);
