namespace ReportAudit.Core.Storage;

/// <summary>The <c>Reports</c> table: one row per uploaded blob.</summary>
public interface IReportRepository
{
    Task<StoredReport?> GetAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>
    /// Saves the report if the stored version still has <see cref="StoredReport.ETag"/> (null: if none is stored).
    /// Returns the report as saved (with its new ETag), or null when another writer got there first.
    /// </summary>
    Task<StoredReport?> TrySaveAsync(StoredReport report, CancellationToken cancellationToken = default);

    /// <summary>Reports matching the criteria, filtered by the table itself (rule filtering is left to the caller).</summary>
    IAsyncEnumerable<StoredReport> QueryAsync(ReportCriteria criteria, CancellationToken cancellationToken = default);

    /// <summary>Rows saved before <paramref name="before"/> whose aggregates were never moved (see <see cref="StoredReport.CountPendingSince"/>).</summary>
    IAsyncEnumerable<StoredReport> CountsPendingAsync(DateTimeOffset before, CancellationToken cancellationToken = default);

    /// <summary>All reports, for reprocessing, retries and rebuilding the aggregates.</summary>
    IAsyncEnumerable<StoredReport> ListAllAsync(CancellationToken cancellationToken = default);
}
