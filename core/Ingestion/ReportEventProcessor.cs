using Microsoft.Extensions.Logging;
using ReportAudit.Core.Storage;

namespace ReportAudit.Core.Ingestion;

/// <summary>
/// Handles one message of the <c>report-events</c> queue: a created blob is ingested, a deleted one marks its report
/// <c>source deleted</c> (kept, but out of the counts, lists and exports).
/// A message that is not a blob event of the reports container is logged and dropped (retrying it cannot help);
/// a storage error propagates, so the queue retries the message and, after the last try, moves it to the
/// poison queue, where <c>RecordPoisonReport</c> records the blob as failed.
/// </summary>
public sealed partial class ReportEventProcessor(BlobProcessor blobs, IReportIngestion ingestion, StorageOptions options, ILogger<ReportEventProcessor> logger)
{
    /// <summary>The reason recorded for a blob whose event the queue gave up on.</summary>
    public const string FailureReason = "处理多次失败，已放弃（可用 retry 命令或 POST /api/retry 重试） processing failed repeatedly and the host gave up (retry it)";

    public async Task<BlobProcessing?> HandleAsync(string message, CancellationToken cancellationToken = default)
    {
        var evt = BlobEvent.Parse(message, out var error);
        if (evt is null)
        {
            Log.NotABlobEvent(logger, error ?? string.Empty);
            return null;
        }

        if (evt.Container != options.ReportsContainer)
        {
            Log.OtherContainer(logger, evt.Container, evt.Name);
            return null;
        }

        if (evt.Kind == BlobEventKind.Deleted)
        {
            Log.Deleted(logger, evt.Name);
            await ingestion.MarkSourceDeletedAsync(evt.Name, cancellationToken).ConfigureAwait(false);
            return null;
        }

        return await blobs.ProcessAsync(evt.Name, force: false, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A message the queue gave up on (in <c>{queue}-poison</c>): its blob is recorded as failed, to be retried.</summary>
    public async Task HandlePoisonAsync(string message, CancellationToken cancellationToken = default)
    {
        if (BlobEvent.Parse(message, out var error) is { Kind: BlobEventKind.Created } evt && evt.Container == options.ReportsContainer)
        {
            await ingestion.RecordFailureAsync(evt.Name, FailureReason, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            Log.NotABlobEvent(logger, error ?? "poison message of another container or kind");
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 1301, Level = LogLevel.Error, Message = "Dropped a queue message that is not a blob event: {Error}")]
        public static partial void NotABlobEvent(ILogger logger, string error);

        [LoggerMessage(EventId = 1302, Level = LogLevel.Debug, Message = "Ignored an event of container {Container} (blob {Name})")]
        public static partial void OtherContainer(ILogger logger, string container, string name);

        [LoggerMessage(EventId = 1303, Level = LogLevel.Information, Message = "Blob {Name} was deleted")]
        public static partial void Deleted(ILogger logger, string name);
    }
}
