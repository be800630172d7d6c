using Azure.Storage.Blobs;
using Microsoft.Azure.WebJobs;
using Microsoft.Extensions.Logging;
using ReportAudit.Core.Ingestion;

namespace ReportAudit.Local.Jobs;

/// <summary>
/// The local runner's blob trigger, hosted by the WebJobs SDK (the trigger engine of the Functions host):
/// same container, same core entry point, blob receipts and the poison queue of the real thing.
/// </summary>
public sealed class ReportTriggers(IReportIngestion ingestion, ILogger<ReportTriggers> logger)
{
    [FunctionName(nameof(ProcessUploadedReport))]
    public async Task ProcessUploadedReport(
        [BlobTrigger("%ReportsContainer%/{name}", Connection = "ReportStorage")] BlobClient blob,
        string name,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(blob);
        var download = await blob.DownloadStreamingAsync(cancellationToken: cancellationToken);
        await using var content = download.Value.Content;
        var details = download.Value.Details;
        var upload = new UploadedBlob(name, details.ETag.ToString(), details.Metadata.AsReadOnly(), details.CreatedOn);
        var outcome = await ingestion.IngestAsync(upload, content, force: false, cancellationToken);
        logger.LogInformation("Processed {Name}: {Status} {Verdict}, changed {Changed}", name, outcome.Report.Status, outcome.Report.Verdict, outcome.Changed);
    }

    /// <summary>After the host's retries the blob lands in the poison queue: record it as failed, to be retried by command.</summary>
    [FunctionName(nameof(RecordPoisonReport))]
    public async Task RecordPoisonReport(
        [QueueTrigger(PoisonBlobMessage.QueueName, Connection = "ReportStorage")] string message,
        CancellationToken cancellationToken)
    {
        var poison = PoisonBlobMessage.Parse(message);
        await ingestion.RecordFailureAsync(poison.BlobName, PoisonBlobMessage.FailureReason, cancellationToken);
    }
}
