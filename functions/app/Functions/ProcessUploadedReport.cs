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
        var outcome = await ingestion.IngestAsync(UploadOf(name, context), content, force: false, cancellationToken);
        logger.LogInformation("Report {Name}: {Status}, {Verdict}, {FindingCount} findings, changed {Changed}", name, outcome.Report.Status, outcome.Report.Verdict, outcome.FindingCount, outcome.Changed);
    }

    /// <summary>
    /// The blob's ETag and creation time from the trigger's binding data (its <c>Properties</c>), and the uploader's
    /// <c>body</c> from its <c>Metadata</c>, when the host gives them: the host sends both with every blob trigger.
    /// </summary>
    private static UploadedBlob UploadOf(string name, FunctionContext context)
    {
        string? etag = null;
        DateTimeOffset? receivedAt = null;
        Dictionary<string, string>? metadata = null;
        var data = context.BindingContext.BindingData;
        if (data.TryGetValue("Properties", out var properties) && properties is string propertiesJson)
        {
            using var document = JsonDocument.Parse(propertiesJson);
            var root = document.RootElement;
            etag = root.TryGetProperty("ETag", out var e) ? e.GetString() : null;
            receivedAt = Instant(root, "CreatedOn") ?? Instant(root, "LastModified");
        }

        if (data.TryGetValue("Metadata", out var raw) && raw is string metadataJson)
        {
            try
            {
                metadata = JsonSerializer.Deserialize<Dictionary<string, string>>(metadataJson);
            }
            catch (JsonException)
            {
                // Metadata that is not a string map names no body; the report is read without it.
            }
        }

        return new UploadedBlob(name, etag, metadata, receivedAt);
    }

    private static DateTimeOffset? Instant(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.TryGetDateTimeOffset(out var instant) && instant != default ? instant : null;
}
