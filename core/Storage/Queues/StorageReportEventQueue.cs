using Azure.Storage.Queues;

namespace ReportAudit.Core.Storage.Queues;

/// <summary>The events queue in the data storage account; messages are written as plain text (host.json: <c>messageEncoding: none</c>).</summary>
public sealed class StorageReportEventQueue(QueueClient queue) : IReportEventQueue
{
    private readonly QueueClient _queue = queue;

    public StorageReportEventQueue(QueueServiceClient service, StorageOptions options)
        : this((service ?? throw new ArgumentNullException(nameof(service))).GetQueueClient((options ?? throw new ArgumentNullException(nameof(options))).EventsQueue))
    {
    }

    public async Task EnqueueAsync(string message, CancellationToken cancellationToken = default) =>
        await _queue.SendMessageAsync(message, cancellationToken).ConfigureAwait(false);

    public Task EnqueueCreatedAsync(string container, string blobPath, string? etag, CancellationToken cancellationToken = default) =>
        EnqueueAsync(new BlobEvent(BlobEventKind.Created, container, blobPath, etag).ToMessage(), cancellationToken);
}
