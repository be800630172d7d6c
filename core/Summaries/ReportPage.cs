namespace ReportAudit.Core.Summaries;

/// <summary>A page of reports; pass <see cref="ContinuationToken"/> back for the next one (null: no more).</summary>
public sealed record ReportPage(IReadOnlyList<ReportListItem> Items, string? ContinuationToken, int Total);
