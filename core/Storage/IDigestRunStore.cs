namespace ReportAudit.Core.Storage;

/// <summary>The <c>DigestRuns</c> table: a record per ISO week and recipient, so each digest goes out exactly once.</summary>
public interface IDigestRunStore
{
    Task<DigestRun?> GetAsync(IsoWeek week, string address, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<DigestRun>> ListAsync(IsoWeek week, CancellationToken cancellationToken = default);

    /// <summary>
    /// Saves the run if the stored version still has <see cref="DigestRun.ETag"/> (null: if none is stored).
    /// Returns the run with its new ETag, or null when another writer got there first.
    /// </summary>
    Task<DigestRun?> TrySaveAsync(DigestRun run, CancellationToken cancellationToken = default);
}
