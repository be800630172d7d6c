namespace ReportAudit.Core.Storage;

/// <summary>Supervisors' reviews of findings, kept apart from the findings so that reprocessing a report keeps them (table <c>Reviews</c>: partition = report id, row = finding id).</summary>
public interface IReviewStore
{
    Task<IReadOnlyDictionary<string, FindingReview>> GetAsync(string reportId, CancellationToken cancellationToken = default);

    /// <summary>The reviews of several reports, keyed by report id then finding row key, one query per <see cref="Tables.PartitionFilter.ReportsPerQuery"/> reports.</summary>
    Task<IReadOnlyDictionary<string, IReadOnlyDictionary<string, FindingReview>>> GetManyAsync(IReadOnlyList<string> reportIds, CancellationToken cancellationToken = default);

    /// <summary>The reviews of the given reports, read by one scan of the whole table, 1,000 rows per request (the exports of a large selection).</summary>
    Task<IReadOnlyDictionary<string, IReadOnlyDictionary<string, FindingReview>>> ScanAsync(IReadOnlySet<string> reportIds, CancellationToken cancellationToken = default);

    Task SaveAsync(string reportId, string findingId, FindingReview review, CancellationToken cancellationToken = default);
}
