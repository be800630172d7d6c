using Microsoft.Azure.Functions.Worker;
using ReportAudit.Core.Ingestion;

namespace ReportAudit.Functions.Functions;

/// <summary>After the host's retries a blob goes to the poison queue: record it as failed, so it is listed and can be retried.</summary>
public sealed class RecordPoisonReport(IReportIngestion ingestion)
{
    [Function(nameof(RecordPoisonReport))]
    public Task Run(
        [QueueTrigger(PoisonBlobMessage.QueueName, Connection = "ReportStorage")] string message,
        CancellationToken cancellationToken) =>
        ingestion.RecordFailureAsync(
            PoisonBlobMessage.Parse(message).BlobName,
            PoisonBlobMessage.FailureReason,
            cancellationToken);
}
