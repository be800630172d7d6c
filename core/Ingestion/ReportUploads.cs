using ReportAudit.Core.Storage;

namespace ReportAudit.Core.Ingestion;

/// <summary>
/// Puts a file into the reports container and raises its created-blob event where nothing else will
/// (<see cref="StorageOptions.EnqueueOnUpload"/>), so an upload is processed as soon as a queue worker is free
/// instead of at the next sweep.
/// </summary>
public sealed class ReportUploads(IReportFileStore files, IReportEventQueue queue, StorageOptions options)
{
    /// <summary>Uploads (replacing a file of the same name) and returns the blob's ETag.</summary>
    public async Task<string> UploadAsync(string blobPath, Stream content, CancellationToken cancellationToken = default)
    {
        var etag = await files.UploadAsync(blobPath, content, cancellationToken).ConfigureAwait(false);
        if (options.EnqueueOnUpload)
        {
            await queue.EnqueueCreatedAsync(options.ReportsContainer, blobPath, etag, cancellationToken).ConfigureAwait(false);
        }

        return etag;
    }
}
