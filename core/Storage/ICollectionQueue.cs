namespace ReportAudit.Core.Storage;

/// <summary>The queue of collection work: one message per URL, processed by the queue-triggered fetcher.</summary>
public interface ICollectionQueue
{
    Task SendAsync(string message, CancellationToken cancellationToken = default);
}
