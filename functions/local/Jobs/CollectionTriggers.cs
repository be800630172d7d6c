using Microsoft.Azure.WebJobs;
using Microsoft.Extensions.Logging;
using ReportAudit.Core.Collection;

namespace ReportAudit.Local.Jobs;

/// <summary>
/// The local runner's collection queue, on the WebJobs SDK as in Azure: one message per URL, retried by the host,
/// to the poison queue after five tries (then recorded as an error in the collection log).
/// </summary>
public sealed class CollectionTriggers(CollectionService collection, RunningFunctions running, ILogger<CollectionTriggers> logger)
{
    [FunctionName(nameof(FetchCollectionItem))]
    public async Task FetchCollectionItem(
        [QueueTrigger("%CollectionQueue%", Connection = "ReportStorage")] string message,
        CancellationToken cancellationToken)
    {
        using var _ = running.Enter();
        if (!await collection.ProcessMessageAsync(message, cancellationToken))
        {
            logger.LogWarning("Collection message is not one, dropped: {Message}", message);
        }
    }

    [FunctionName(nameof(RecordPoisonCollectionItem))]
    public async Task RecordPoisonCollectionItem(
        [QueueTrigger("%CollectionQueue%-poison", Connection = "ReportStorage")] string message,
        CancellationToken cancellationToken)
    {
        using var _ = running.Enter();
        await collection.RecordGaveUpAsync(message, cancellationToken).ConfigureAwait(false);
    }
}
