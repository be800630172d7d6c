using Microsoft.Azure.Functions.Worker;
using ReportAudit.Core.Ingestion;

namespace ReportAudit.Functions.Functions;

/// <summary>After the queue's last try an event goes to the poison queue: record its blob as failed, so it is listed and can be retried.</summary>
public sealed class RecordPoisonReport(ReportEventProcessor events)
{
    [Function(nameof(RecordPoisonReport))]
    public Task Run(
        [QueueTrigger("%ReportEventsQueue%-poison", Connection = "ReportStorage")] string message,
        CancellationToken cancellationToken) =>
        events.HandlePoisonAsync(message, cancellationToken);
}
