using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using ReportAudit.Core.Model;
using ReportAudit.Core.Storage;
using ReportAudit.Core.Storage.Tables;

namespace ReportAudit.Core.Ingestion;

/// <summary>
/// Finds blobs that have no report row, or whose row was made from other bytes (another ETag): files that
/// other tools dropped without an event, or whose event was lost. The local runner's sweep enqueues an event
/// for each (so the one queue-triggered function processes them, in parallel); <c>reconcile</c> processes them
/// inline. A listing that fails (a name the listing cannot carry) is logged and skipped, never thrown: the
/// host keeps running and the next sweep tries again.
/// Neither loops on one blob: each hand-over of a blob version (ETag) whose row lags behind is counted in the row
/// (<see cref="StoredReport.ReconcileETag"/>); the same version found lagging a second time is recorded as failed
/// with <see cref="StuckReason"/> and is not handed over again (the <c>retry</c> command does, or a new upload).
/// </summary>
public sealed partial class ReportSweep(IReportFileStore files, IReportRepository reports, IReportEventQueue queue, IReportIngestion ingestion, ReportCommits commits, CountRepair counts, StorageOptions options, TimeProvider time, ILogger<ReportSweep> logger)
{
    /// <summary>The reason a blob version handed over twice without its report being saved is recorded with.</summary>
    public const string StuckReason = "两次对账均未处理：该版本文件已两次交付处理，报告仍未保存（可用 retry 命令或 POST /api/retry 重试） reconciled twice without progress: this version of the file was handed over twice and its report was never saved (retry it)";

    /// <summary>
    /// Hand-overs of one blob version before it is given up on: found lagging again with its processing failed since,
    /// it is recorded as failed with <see cref="StuckReason"/> (<see cref="StoredReport.ReconcileAttempts"/> then says
    /// <c>MaxHandOvers + 1</c>). A version still waiting in the queue (not failed) is handed over again after the lease.
    /// </summary>
    public const int MaxHandOvers = 1;

    /// <summary>Every this many sweeps, reports whose file is gone are marked (it reads every report row).</summary>
    public const int DeletedCheckEvery = 6;

    private readonly ConcurrentDictionary<string, (string ETag, DateTimeOffset At)> _enqueued = new(StringComparer.Ordinal);

    private int _runs;

    /// <summary>
    /// The blobs without a current report row, to be processed now (the listing's failure is logged and ends the list).
    /// Each is counted as handed over; a blob version already handed over without progress is recorded as failed
    /// instead (<see cref="StuckReason"/>) and left out, and one already recorded so is left out.
    /// </summary>
    public async Task<SweepSelection> SelectAsync(CancellationToken cancellationToken = default)
    {
        var listing = await ListAsync(cancellationToken).ConfigureAwait(false);
        var gaveUp = await GiveUpAsync(listing, cancellationToken).ConfigureAwait(false);
        foreach (var (path, etag, _) in listing.Unprocessed)
        {
            await CountHandOverAsync(path, etag, cancellationToken).ConfigureAwait(false);
        }

        return new SweepSelection(listing.Unprocessed.Select(b => b.BlobPath).ToList(), gaveUp);
    }

    /// <summary>Records each blob version found lagging again after its hand-over as failed; returns how many.</summary>
    private async Task<int> GiveUpAsync(Listing listing, CancellationToken cancellationToken)
    {
        foreach (var (path, etag) in listing.Stuck)
        {
            Log.GaveUp(logger, path, etag);
            await ingestion.RecordFailureAsync(path, StuckReason, cancellationToken).ConfigureAwait(false);
            await commits.UpdateAsync(TableKeys.ReportId(path), row => row is null || row.ReconcileETag != etag ? null : row with { ReconcileAttempts = MaxHandOvers + 1 }, cancellationToken).ConfigureAwait(false);
        }

        return listing.Stuck.Count;
    }

    /// <summary>Counts a hand-over of the blob version in its row (a blob without a row has none to count in: its failure creates one).</summary>
    private async Task CountHandOverAsync(string path, string etag, CancellationToken cancellationToken) =>
        await commits.UpdateAsync(
            TableKeys.ReportId(path),
            row => row is null || SameETag(row.BlobETag, etag) || (SameETag(row.ReconcileETag, etag) && row.ReconcileAttempts >= MaxHandOvers) ? null : row with { ReconcileETag = etag, ReconcileAttempts = MaxHandOvers },
            cancellationToken).ConfigureAwait(false);

    private static bool SameETag(string? a, string? b) => a is not null && b is not null && a.Trim('"') == b.Trim('"');

    /// <summary>
    /// Marks the reports whose file is no longer in the container as <see cref="StoredReport.SourceDeleted"/> (locally
    /// nothing raises BlobDeleted events); only after a listing that completed, so a failed listing deletes nothing, and
    /// only when the blob's own properties say it is gone, so a blob uploaded while the rows were read stays live.
    /// </summary>
    public async Task<int> MarkDeletedAsync(CancellationToken cancellationToken = default) =>
        await MarkDeletedAsync(await ListAsync(cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);

    private async Task<int> MarkDeletedAsync(Listing listing, CancellationToken cancellationToken)
    {
        if (!listing.Complete)
        {
            return 0;
        }

        // The rows the listing read (before listing the blobs): a row stored after them is not judged here.
        var marked = 0;
        foreach (var report in listing.Rows.Values)
        {
            // Only reports made from a blob this pipeline read (they carry its ETag); a report ingested from a stream
            // with no blob behind it (a direct call) has no source to lose.
            // A blob uploaded after the listing began is missing from it but not gone: its own properties decide.
            if (!report.SourceDeleted && report.BlobETag is not null && !listing.Names.Contains(report.BlobPath)
                && await files.ETagAsync(report.BlobPath, cancellationToken).ConfigureAwait(false) is null)
            {
                await ingestion.MarkSourceDeletedAsync(report.BlobPath, cancellationToken).ConfigureAwait(false);
                marked++;
            }
        }

        return marked;
    }

    private async Task<Listing> ListAsync(CancellationToken cancellationToken)
    {
        var found = new List<(string, string, DateTimeOffset)>();
        var stuck = new List<(string, string)>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        var rows = new Dictionary<string, RowState>(StringComparer.Ordinal);
        try
        {
            // The rows are read in one pass, not one point read per listed blob: at a burst of a thousand uploads the
            // sweep's thousand reads every interval competed with the ingestions for the storage account.
            await foreach (var row in reports.ListAllAsync(cancellationToken).ConfigureAwait(false))
            {
                rows[row.Id] = new RowState(row.BlobPath, row.BlobETag, row.ReconcileETag, row.ReconcileAttempts, row.Status, row.SourceDeleted);
            }

            await foreach (var (path, etag, lastModified) in files.ListAsync(cancellationToken).ConfigureAwait(false))
            {
                names.Add(path);
                var stored = rows.GetValueOrDefault(TableKeys.ReportId(path));
                if (stored is null || (stored.BlobETag is not null && !SameETag(stored.BlobETag, etag)))
                {
                    // A version handed over before whose processing failed since (the inline failure, or the queue's
                    // poison path) is given up on once, then left alone; one still waiting in the queue is not.
                    var handedOver = stored is not null && SameETag(stored.ReconcileETag, etag) ? stored.ReconcileAttempts : 0;
                    if (handedOver > MaxHandOvers)
                    {
                        continue;
                    }

                    if (handedOver == MaxHandOvers && stored!.Status == ReportStatus.Failed)
                    {
                        stuck.Add((path, etag));
                    }
                    else
                    {
                        found.Add((path, etag, lastModified));
                    }
                }
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Log.ListingFailed(logger, e, options.ReportsContainer, found.Count);
            return new Listing(found, stuck, names, rows, Complete: false);
        }

        return new Listing(found, stuck, names, rows, Complete: true);
    }

    /// <summary>Enqueues a created-blob event for each unprocessed blob not already waiting in the queue; returns how many.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var enqueued = 0;
        var listing = await ListAsync(cancellationToken).ConfigureAwait(false);
        await GiveUpAsync(listing, cancellationToken).ConfigureAwait(false);
        foreach (var (path, etag, lastModified) in listing.Unprocessed)
        {
            if (now - lastModified < options.SweepGrace || (_enqueued.TryGetValue(path, out var prior) && prior.ETag == etag && now - prior.At < options.SweepLease))
            {
                continue;
            }

            await CountHandOverAsync(path, etag, cancellationToken).ConfigureAwait(false);
            await queue.EnqueueCreatedAsync(options.ReportsContainer, path, etag, cancellationToken).ConfigureAwait(false);
            _enqueued[path] = (etag, now);
            enqueued++;
        }

        if (enqueued > 0)
        {
            Log.Swept(logger, enqueued);
        }

        if (Interlocked.Increment(ref _runs) % DeletedCheckEvery == 1)
        {
            await MarkDeletedAsync(listing, cancellationToken).ConfigureAwait(false);
        }

        await counts.RepairAsync(cancellationToken).ConfigureAwait(false);
        return enqueued;
    }

    private sealed record RowState(string BlobPath, string? BlobETag, string? ReconcileETag, int ReconcileAttempts, ReportStatus Status, bool SourceDeleted);

    private sealed record Listing(List<(string BlobPath, string ETag, DateTimeOffset LastModified)> Unprocessed, List<(string BlobPath, string ETag)> Stuck, HashSet<string> Names, Dictionary<string, RowState> Rows, bool Complete);

    private static partial class Log
    {
        [LoggerMessage(EventId = 1304, Level = LogLevel.Error, Message = "Listing the container {Container} failed after {Found} unprocessed blobs; they are handled and the next sweep lists again")]
        public static partial void ListingFailed(ILogger logger, Exception exception, string container, int found);

        [LoggerMessage(EventId = 1305, Level = LogLevel.Information, Message = "Sweep: enqueued {Count} blobs that had no event")]
        public static partial void Swept(ILogger logger, int count);

        [LoggerMessage(EventId = 1306, Level = LogLevel.Error, Message = "Blob {BlobPath} (ETag {ETag}) was handed over before and its report is still not saved: recorded as failed, not handed over again")]
        public static partial void GaveUp(ILogger logger, string blobPath, string etag);
    }
}
