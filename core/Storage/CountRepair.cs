using Microsoft.Extensions.Logging;

namespace ReportAudit.Core.Storage;

/// <summary>
/// Repairs the aggregates when a report row was saved but its counts never moved (a crash between the two; see
/// <see cref="StoredReport.CountPendingSince"/>): finds such rows with one filtered query, recounts everything
/// from the rows and clears their marks. Run by the sweep (locally), the reconcile timer (Azure) and
/// <c>reconcile</c>, so the summary equals the rows again without a manual rebuild.
/// The recount reads every row, then replaces the counters: a commit that moves counts meanwhile (a slow one taken
/// for a crash, e.g. during a storage outage) may be counted twice or not at all. Such a commit changes its row
/// (its ETag) or still holds its mark when the recount ends; one of them is then marked as due, so that the next
/// repair recounts, until a recount runs with no commit beside it.
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
        var before = await VersionsAsync(cancellationToken).ConfigureAwait(false);
        var counted = await aggregates.RebuildAsync(cancellationToken).ConfigureAwait(false);
        var repaired = marked.Select(r => (r.Id, r.ETag)).ToHashSet();
        StoredReport? raced = null;
        await foreach (var report in reports.ListAllAsync(cancellationToken).ConfigureAwait(false))
        {
            var changed = !before.TryGetValue(report.Id, out var etag) || etag != report.ETag;
            if (changed || (report.CountPendingSince is not null && !repaired.Contains((report.Id, report.ETag))))
            {
                raced ??= report;
            }
        }

        foreach (var report in marked)
        {
            // Under the ETag read. A row saved again meanwhile was a slow commit, not a crash (its counts moved after
            // the recount read it, or will): it is left marked as due, so that the next repair recounts.
            if (await reports.TrySaveAsync(report with { CountPendingSince = null }, cancellationToken).ConfigureAwait(false) is null)
            {
                raced ??= await reports.GetAsync(report.Id, cancellationToken).ConfigureAwait(false);
            }
        }

        if (raced is not null)
        {
            // Under its ETag: the racing commit's own clearing then fails and the mark stays for the next repair.
            Log.Raced(logger, raced.BlobPath);
            await CountMarks.MarkDueAsync(reports, raced.Id, time.GetUtcNow() - options.CountRepairAfter - TimeSpan.FromSeconds(1), cancellationToken).ConfigureAwait(false);
        }

        Log.Repaired(logger, counted);
        return marked.Count;
    }

    /// <summary>Each row's ETag, to see which rows a commit changed while the counters were recounted.</summary>
    private async Task<Dictionary<string, string?>> VersionsAsync(CancellationToken cancellationToken)
    {
        var versions = new Dictionary<string, string?>(StringComparer.Ordinal);
        await foreach (var report in reports.ListAllAsync(cancellationToken).ConfigureAwait(false))
        {
            versions[report.Id] = report.ETag;
        }

        return versions;
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 1203, Level = LogLevel.Warning, Message = "{Count} report rows were saved without their counts (first: {BlobPath}); recounting the aggregates from the rows")]
        public static partial void Repairing(ILogger logger, int count, string blobPath);

        [LoggerMessage(EventId = 1205, Level = LogLevel.Warning, Message = "A commit (first: {BlobPath}) moved counts while the aggregates were recounted; marked for the next repair to recount again")]
        public static partial void Raced(ILogger logger, string blobPath);

        [LoggerMessage(EventId = 1204, Level = LogLevel.Information, Message = "Aggregates recounted from {Count} reports")]
        public static partial void Repaired(ILogger logger, int count);
    }
}
