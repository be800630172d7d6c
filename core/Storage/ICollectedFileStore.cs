namespace ReportAudit.Core.Storage;

/// <summary>Drops a fetched file into the reports container with its metadata, where the normal trigger checks it.</summary>
public interface ICollectedFileStore
{
    /// <summary>The SHA-256 metadata of the blob at this path, or null when there is none.</summary>
    Task<string?> StoredHashAsync(string blobPath, CancellationToken cancellationToken = default);

    /// <summary>Whether a blob exists at this path.</summary>
    Task<bool> ExistsAsync(string blobPath, CancellationToken cancellationToken = default);

    /// <summary>Uploads (overwriting: a changed file becomes a new version of the report).</summary>
    Task StoreAsync(string blobPath, ReadOnlyMemory<byte> content, IReadOnlyDictionary<string, string> metadata, CancellationToken cancellationToken = default);
}
