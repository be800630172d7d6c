using Microsoft.Extensions.Logging;
using ReportAudit.Core.Model;
using ReportAudit.Core.Parsing;
using ReportAudit.Core.Storage;

namespace ReportAudit.Core.Ingestion;

/// <summary>Reprocessing after a parser upgrade, and retrying uploads that failed: both read the original blobs again.</summary>
public sealed partial class ReportMaintenance(IReportRepository reports, ReportSweep sweep, BlobProcessor blobs, IReportIngestion ingestion, CountRepair counts, ILogger<ReportMaintenance> logger)
{
    /// <summary>Processes again every report stored by another parser version (all of them with <paramref name="all"/>).</summary>
    public Task<MaintenanceResult> ReprocessAsync(bool all, CancellationToken cancellationToken = default) =>
        RunAsync(r => all || r.ParserVersion != ReportParser.Version, force: all, cancellationToken);

    /// <summary>Processes again every upload recorded as failed (the poison path) or unparseable.</summary>
    public Task<MaintenanceResult> RetryFailedAsync(CancellationToken cancellationToken = default) =>
        RunAsync(r => r.Status is ReportStatus.Failed or ReportStatus.Unparseable, force: true, cancellationToken);

    /// <summary>
    /// The safety net under the trigger, run inline: processes every blob that has no report row, or whose row
    /// was made from another version of the blob (another ETag); marks reports whose file is gone; repairs counts
    /// a crash left behind. An Event Grid delivery can be lost and other tools drop files without events. A blob version
    /// that was handed over before and failed is recorded as failed once and not processed again (see <see cref="ReportSweep"/>).
    /// </summary>
    public async Task<MaintenanceResult> ReconcileAsync(CancellationToken cancellationToken = default)
    {
        var selection = await sweep.SelectAsync(cancellationToken).ConfigureAwait(false);
        var result = await ProcessAsync(selection.Paths.ToList(), force: false, cancellationToken).ConfigureAwait(false);
        foreach (var path in selection.Paths)
        {
            Log.Reconciled(logger, path);
        }

        await sweep.MarkDeletedAsync(cancellationToken).ConfigureAwait(false);
        await counts.RepairAsync(cancellationToken).ConfigureAwait(false);

        // A blob version given up on was selected and failed, without being processed again.
        return result with { Selected = result.Selected + selection.GaveUp, Failed = result.Failed + selection.GaveUp };
    }

    private async Task<MaintenanceResult> RunAsync(Func<StoredReport, bool> select, bool force, CancellationToken cancellationToken)
    {
        var selected = new List<string>();
        await foreach (var report in reports.ListAllAsync(cancellationToken).ConfigureAwait(false))
        {
            if (select(report))
            {
                selected.Add(report.BlobPath);
            }
        }

        return await ProcessAsync(selected, force, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads each blob again and ingests it; a blob that fails is recorded as failed, one that is gone is left as it is.</summary>
    private async Task<MaintenanceResult> ProcessAsync(List<string> paths, bool force, CancellationToken cancellationToken)
    {
        int done = 0, missing = 0, failed = 0;
        foreach (var path in paths)
        {
            try
            {
                switch (await blobs.ProcessAsync(path, force, cancellationToken).ConfigureAwait(false))
                {
                    case BlobProcessing.Ingested: done++; break;
                    case BlobProcessing.Missing: missing++; break;
                    default: failed++; break;
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                failed++;
                await ingestion.RecordFailureAsync(path, e.Message, cancellationToken).ConfigureAwait(false);
            }
        }

        return new MaintenanceResult(paths.Count, done, missing, failed);
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 1102, Level = LogLevel.Warning, Message = "Blob {BlobPath} had not been processed by the trigger; processed it now")]
        public static partial void Reconciled(ILogger logger, string blobPath);
    }
}
