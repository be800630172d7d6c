namespace ReportAudit.Core.Storage;

/// <summary>The counters of one (year, region) and its date issues, with the storage version for optimistic concurrency.</summary>
public sealed record AggregateRow(string Year, string Region, Dictionary<string, long> Counters, Dictionary<string, DateIssue> DateIssues, string? ETag);
