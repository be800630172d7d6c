using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace ReportAudit.Core.Storage.Blobs;

/// <summary>Collected files in the reports container, with their source, body, fetch time and SHA-256 in the blob metadata.</summary>
public sealed class BlobCollectedFileStore(BlobServiceClient service, IReportEventQueue events, StorageOptions options) : ICollectedFileStore
{
    /// <summary>The metadata key holding the content's SHA-256 (lower-case hex).</summary>
    public const string HashMetadataKey = "sha256";

    private readonly BlobContainerClient _container = service.GetBlobContainerClient(options.ReportsContainer);

    public async Task<string?> StoredHashAsync(string blobPath, CancellationToken cancellationToken = default)
    {
        try
        {
            var properties = await _container.GetBlobClient(blobPath).GetPropertiesAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            return properties.Value.Metadata.TryGetValue(HashMetadataKey, out var hash) ? hash : null;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    public async Task<bool> ExistsAsync(string blobPath, CancellationToken cancellationToken = default) =>
        (await _container.GetBlobClient(blobPath).ExistsAsync(cancellationToken).ConfigureAwait(false)).Value;

    public async Task StoreAsync(string blobPath, ReadOnlyMemory<byte> content, IReadOnlyDictionary<string, string> metadata, CancellationToken cancellationToken = default)
    {
        var upload = new BlobUploadOptions { Metadata = metadata.ToDictionary(m => m.Key, m => m.Value) };
        var stored = await _container.GetBlobClient(blobPath).UploadAsync(BinaryData.FromBytes(content), upload, cancellationToken).ConfigureAwait(false);
        if (options.EnqueueOnUpload)
        {
            // As every upload through the app: its created event, so the queue trigger checks it at once (Event Grid does in Azure).
            await events.EnqueueCreatedAsync(options.ReportsContainer, blobPath, stored.Value.ETag.ToString(), cancellationToken).ConfigureAwait(false);
        }
    }
}
