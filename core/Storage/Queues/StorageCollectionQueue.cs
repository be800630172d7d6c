using Azure.Storage.Queues;

namespace ReportAudit.Core.Storage.Queues;

/// <summary>The collection queue in Queue Storage (messages Base64-encoded, as the Functions queue trigger expects by default).</summary>
public sealed class StorageCollectionQueue(QueueServiceClient service, StorageOptions options) : ICollectionQueue
{
    private readonly QueueClient _queue = service.GetQueueClient(options.CollectionQueue);

    public async Task SendAsync(string message, CancellationToken cancellationToken = default)
    {
        await _queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        await _queue.SendMessageAsync(Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(message)), cancellationToken).ConfigureAwait(false);
    }
}
