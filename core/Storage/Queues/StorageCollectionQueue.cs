using Azure.Storage.Queues;

namespace ReportAudit.Core.Storage.Queues;

/// <summary>The collection queue in Queue Storage (plain-text messages: host.json and the local runner set <c>messageEncoding: none</c>).</summary>
public sealed class StorageCollectionQueue(QueueServiceClient service, StorageOptions options) : ICollectionQueue
{
    private readonly QueueClient _queue = service.GetQueueClient(options.CollectionQueue);

    public async Task SendAsync(string message, CancellationToken cancellationToken = default)
    {
        await _queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        await _queue.SendMessageAsync(message, cancellationToken).ConfigureAwait(false);
    }
}
