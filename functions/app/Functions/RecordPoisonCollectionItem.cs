using Microsoft.Azure.Functions.Worker;
using ReportAudit.Core.Collection;

namespace ReportAudit.Functions.Functions;

/// <summary>A collection message that failed five times: its URL is recorded as an error, so that every URL of a run ends with an outcome.</summary>
public sealed class RecordPoisonCollectionItem(CollectionService collection)
{
    [Function(nameof(RecordPoisonCollectionItem))]
    public Task Run([QueueTrigger("%CollectionQueue%-poison", Connection = "ReportStorage")] string message, CancellationToken cancellationToken) =>
        collection.RecordGaveUpAsync(message, cancellationToken);
}
