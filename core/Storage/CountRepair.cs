using Microsoft.Extensions.Logging;

namespace ReportAudit.Core.Storage;

/// <summary>
/// Repairs the aggregates when a report row was saved but its counts never moved (a crash between the two; see
/// <see cref="StoredReport.CountPendingSince"/>): finds such rows with one filtered query, recounts everything
/// from the rows and clears their marks. Run by the sweep (locally), the reconcile timer (Azure) and
/// <c>reconcile</c>, so the summary equals the rows again without a manual rebuild.
/// </summary>
public sealed partial class CountRepair(IReportRepository reports, IReportAggregates aggregates, StorageOptions options, TimeProvider time, ILogger<CountRepair> logger)
{
    /// <summary>Recounts when a stale mark exists; returns how many rows were found marked (0: nothing to repair).</summary>
    public async Task<int> RepairAsync(CancellationToken cancellationToken = default)
    {
        var marked = new List<StoredReport>();
        await foreach (var report in reports.CountsPendingAsync(time.GetUtcNow() - options.CountRepairAfter, cancellationToken).ConfigureAwait(false))
        {
            marked.Add(report);
        }

        if (marked.Count == 0)
        {
            return 0;
        }

        Log.Repairing(logger, marked.Count, marked[0].BlobPath);
        var counted = await aggregates.RebuildAsync(cancellationToken).ConfigureAwait(false);
        foreach (var report in marked)
        {
            // Under the ETag read: a row saved again meanwhile keeps its own (fresh) mark and is left alone.
            await reports.TrySaveAsync(report with { CountPendingSince = null }, cancellationToken).ConfigureAwait(false);
        }

        Log.Repaired(logger, counted);
        return marked.Count;
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 1203, Level = LogLevel.Warning, Message = "{Count} report rows were saved without their counts (first: {BlobPath}); recounting the aggregates from the rows")]
        public static partial void Repairing(ILogger logger, int count, string blobPath);

        [LoggerMessage(EventId = 1204, Level = LogLevel.Information, Message = "Aggregates recounted from {Count} reports")]
        public static partial void Repaired(ILogger logger, int count);
    }
}
