namespace ReportAudit.Core.Storage;

/// <summary>
/// The <c>report-events</c> queue: blob events (Event Grid's in Azure, the local runner's own for uploads and
/// sweeps) that the queue-triggered <c>ProcessUploadedReport</c> works through.
/// </summary>
public interface IReportEventQueue
{
    /// <summary>Enqueues one message (an Event Grid blob event as JSON text).</summary>
    Task EnqueueAsync(string message, CancellationToken cancellationToken = default);

    /// <summary>Enqueues the created-blob event of an upload, as Event Grid would raise it.</summary>
    Task EnqueueCreatedAsync(string container, string blobPath, string? etag, CancellationToken cancellationToken = default);
}
