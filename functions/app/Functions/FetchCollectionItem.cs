using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using ReportAudit.Core.Collection;

namespace ReportAudit.Functions.Functions;

/// <summary>
/// One collection message: fetch its URL (a column, an article and its attachments), store what it finds, queue the
/// column's reports. Idempotent (content stored once by SHA-256); an exception makes the host retry it, and after
/// <c>extensions.queues.maxDequeueCount</c> (5) tries it goes to the poison queue.
/// </summary>
public sealed class FetchCollectionItem(CollectionService collection, ILogger<FetchCollectionItem> logger)
{
    [Function(nameof(FetchCollectionItem))]
    public async Task Run([QueueTrigger("%CollectionQueue%", Connection = "ReportStorage")] string message, CancellationToken cancellationToken)
    {
        if (!await collection.ProcessMessageAsync(message, cancellationToken))
        {
            logger.LogWarning("Collection message is not one, dropped: {Message}", message);
        }
    }
}
