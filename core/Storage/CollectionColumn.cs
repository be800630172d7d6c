namespace ReportAudit.Core.Storage;

/// <summary>A body's report column (list page) that is collected again each week of the reporting season.</summary>
/// <param name="ListUrl">The column's first page.</param>
/// <param name="Region">The region its reports are filed under.</param>
/// <param name="Body">The body publishing it, when known.</param>
/// <param name="Years">The report years to keep; empty keeps the last year and the one before.</param>
public sealed record CollectionColumn(string ListUrl, string Region, string? Body, IReadOnlyList<int> Years);
