using Microsoft.Extensions.Logging;
using ReportAudit.Core.Storage;

namespace ReportAudit.Core.Ingestion;

/// <summary>
/// Reads one uploaded blob with its ETag, metadata and creation time and ingests it: the step the queue
/// trigger, reprocess, retry and reconcile share. Storage errors propagate, so that a queue retries them.
/// </summary>
public sealed partial class BlobProcessor(IReportFileStore files, IReportIngestion ingestion, ILogger<BlobProcessor> logger)
{
    public async Task<BlobProcessing> ProcessAsync(string path, bool force, CancellationToken cancellationToken = default)
    {
        if (BlobNames.Refusal(path) is { } reason)
        {
            Log.Refused(logger, path, reason);
            await ingestion.RecordFailureAsync(path, reason, cancellationToken).ConfigureAwait(false);
            return BlobProcessing.Refused;
        }

        var file = await files.OpenAsync(path, cancellationToken).ConfigureAwait(false);
        if (file is null)
        {
            Log.BlobMissing(logger, path);
            return BlobProcessing.Missing;
        }

        await using var content = file.Value.Content;
        var upload = new UploadedBlob(path, file.Value.ETag, file.Value.Metadata.AsReadOnly(), file.Value.CreatedOn) { Length = file.Value.Size };
        await ingestion.IngestAsync(upload, content, force, cancellationToken).ConfigureAwait(false);
        return BlobProcessing.Ingested;
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 1101, Level = LogLevel.Warning, Message = "Blob {BlobPath} no longer exists; its report was left as it is")]
        public static partial void BlobMissing(ILogger logger, string blobPath);

        [LoggerMessage(EventId = 1103, Level = LogLevel.Warning, Message = "Blob name {BlobPath} refused: {Reason}")]
        public static partial void Refused(ILogger logger, string blobPath, string reason);
    }
}
