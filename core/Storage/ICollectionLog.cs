namespace ReportAudit.Core.Storage;

/// <summary>
/// The collection log: one outcome per URL and run, the runs, the content hashes already stored (so that the same
/// file is stored once whatever URL it comes from) and the report columns collected again each season.
/// </summary>
public interface ICollectionLog
{
    Task RecordAsync(CollectionLogEntry entry, CancellationToken cancellationToken = default);

    /// <summary>The outcomes of one run, in URL order.</summary>
    Task<IReadOnlyList<CollectionLogEntry>> ListAsync(string run, CancellationToken cancellationToken = default);

    Task StartRunAsync(CollectionRun run, CancellationToken cancellationToken = default);

    /// <summary>The most recent runs, newest first.</summary>
    Task<IReadOnlyList<CollectionRun>> RecentRunsAsync(int count, CancellationToken cancellationToken = default);

    /// <summary>The blob already holding content of this SHA-256 (lower-case hex), with the run and URL that stored it; null when none.</summary>
    Task<(string BlobPath, string Run, string Url)?> FindStoredAsync(string sha256, CancellationToken cancellationToken = default);

    Task RememberStoredAsync(string sha256, string blobPath, string run, string url, CancellationToken cancellationToken = default);

    Task SaveColumnAsync(CollectionColumn column, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<CollectionColumn>> ListColumnsAsync(CancellationToken cancellationToken = default);

    /// <summary>Replaces the copies rows of one body and year.</summary>
    Task SaveCopiesAsync(IReadOnlyList<CollectionCopy> copies, CancellationToken cancellationToken = default);
}
