using ReportAudit.Core.Validation;

namespace ReportAudit.Core.Storage;

/// <summary>The <c>Findings</c> table: a partition per report, a row per finding.</summary>
public interface IFindingRepository
{
    /// <summary>Makes the stored findings of a report exactly these: upserts them and deletes the stale ones.</summary>
    Task ReplaceAsync(string reportId, IReadOnlyList<Finding> findings, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<StoredFinding>> GetAsync(string reportId, CancellationToken cancellationToken = default);

    /// <summary>
    /// The findings (with reviews) of several reports, keyed by report id, read with one query per
    /// <see cref="Tables.PartitionFilter.ReportsPerQuery"/> reports rather than one per report (the exports).
    /// </summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<StoredFinding>>> GetManyAsync(IReadOnlyList<string> reportIds, CancellationToken cancellationToken = default);

    /// <summary>
    /// The findings (with reviews) of the given reports, read by one scan of the whole table (16 PartitionKey ranges in key
    /// order), 1,000 rows per request, in table order (report id, then finding); the exports of a large selection, where one
    /// query per 15 reports would cost far more.
    /// Only the columns the exports write are read: <see cref="Validation.Finding.MessageEn"/> is empty and
    /// <see cref="Validation.Finding.Cells"/> is null.
    /// </summary>
    IAsyncEnumerable<(string ReportId, StoredFinding Finding)> ScanForExportAsync(IReadOnlySet<string> reportIds, CancellationToken cancellationToken = default);
}
