using Microsoft.Azure.Functions.Worker;
using ReportAudit.Core.Ingestion;

namespace ReportAudit.Functions.Functions;

/// <summary>
/// A blob event in the <c>report-events</c> queue (Event Grid delivers BlobCreated and BlobDeleted of the
/// reports container there): parse, validate and store the file (idempotently: an event may come twice).
/// </summary>
public sealed class ProcessUploadedReport(ReportEventProcessor events)
{
    [Function(nameof(ProcessUploadedReport))]
    public Task Run(
        [QueueTrigger("%ReportEventsQueue%", Connection = "ReportStorage")] string message,
        CancellationToken cancellationToken) =>
        events.HandleAsync(message, cancellationToken);
}
