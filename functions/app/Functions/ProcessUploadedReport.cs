using System.Text.Json;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using ReportAudit.Core.Ingestion;

namespace ReportAudit.Functions.Functions;

/// <summary>A report file dropped into the reports container: parse, validate and store it (idempotently: Event Grid may deliver twice).</summary>
public sealed class ProcessUploadedReport(IReportIngestion ingestion, ILogger<ProcessUploadedReport> logger)
{
    [Function(nameof(ProcessUploadedReport))]
    public async Task Run(
        [BlobTrigger("%ReportsContainer%/{name}", Source = BlobTriggerSource.EventGrid, Connection = "ReportStorage")] Stream content,
        string name,
        FunctionContext context,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var outcome = await ingestion.IngestAsync(name, content, ETagOf(context), cancellationToken);
        logger.LogInformation("Report {Name}: {Status}, {Verdict}, {FindingCount} findings, changed {Changed}", name, outcome.Report.Status, outcome.Report.Verdict, outcome.FindingCount, outcome.Changed);
    }

    /// <summary>The blob's ETag from the trigger's binding data (its <c>Properties</c>), when the host gives it.</summary>
    private static string? ETagOf(FunctionContext context)
    {
        if (context.BindingContext.BindingData.TryGetValue("Properties", out var properties) && properties is string json)
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.TryGetProperty("ETag", out var etag) ? etag.GetString() : null;
        }

        return null;
    }
}
