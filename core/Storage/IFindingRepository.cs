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
}
