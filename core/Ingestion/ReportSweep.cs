using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using ReportAudit.Core.Storage;
using ReportAudit.Core.Storage.Tables;

namespace ReportAudit.Core.Ingestion;

/// <summary>
/// Finds blobs that have no report row, or whose row was made from other bytes (another ETag): files that
/// other tools dropped without an event, or whose event was lost. The local runner's sweep enqueues an event
/// for each (so the one queue-triggered function processes them, in parallel); <c>reconcile</c> processes them
/// inline. A listing that fails (a name the listing cannot carry) is logged and skipped, never thrown: the
/// host keeps running and the next sweep tries again.
/// </summary>
public sealed partial class ReportSweep(IReportFileStore files, IReportRepository reports, IReportEventQueue queue, IReportIngestion ingestion, CountRepair counts, StorageOptions options, TimeProvider time, ILogger<ReportSweep> logger)
{
    /// <summary>How long an enqueued blob is not enqueued again while its event waits in the queue.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    /// <summary>Every this many sweeps, reports whose file is gone are marked (it reads every report row).</summary>
    public const int DeletedCheckEvery = 6;

    private readonly ConcurrentDictionary<string, (string ETag, DateTimeOffset At)> _enqueued = new(StringComparer.Ordinal);

    private int _runs;

    /// <summary>The blobs without a current report row (the listing's failure is logged and ends the list).</summary>
    public async Task<IReadOnlyList<(string BlobPath, string ETag)>> UnprocessedAsync(CancellationToken cancellationToken = default) =>
        (await ListAsync(cancellationToken).ConfigureAwait(false)).Unprocessed;

    /// <summary>
    /// Marks the reports whose file is no longer in the container as <see cref="StoredReport.SourceDeleted"/> (locally
    /// nothing raises BlobDeleted events); only after a listing that completed, so a failed listing deletes nothing.
    /// </summary>
    public async Task<int> MarkDeletedAsync(CancellationToken cancellationToken = default) =>
        await MarkDeletedAsync(await ListAsync(cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);

    private async Task<int> MarkDeletedAsync(Listing listing, CancellationToken cancellationToken)
    {
        if (!listing.Complete)
        {
            return 0;
        }

        var marked = 0;
        await foreach (var report in reports.ListAllAsync(cancellationToken).ConfigureAwait(false))
        {
            // Only reports made from a blob this pipeline read (they carry its ETag); a report ingested from a stream
            // with no blob behind it (a direct call) has no source to lose.
            if (!report.SourceDeleted && report.BlobETag is not null && !listing.Names.Contains(report.BlobPath))
            {
                await ingestion.MarkSourceDeletedAsync(report.BlobPath, cancellationToken).ConfigureAwait(false);
                marked++;
            }
        }

        return marked;
    }

    private async Task<Listing> ListAsync(CancellationToken cancellationToken)
    {
        var found = new List<(string, string)>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            await foreach (var (path, etag) in files.ListAsync(cancellationToken).ConfigureAwait(false))
            {
                names.Add(path);
                var stored = await reports.GetAsync(TableKeys.ReportId(path), cancellationToken).ConfigureAwait(false);
                if (stored is null || (stored.BlobETag is not null && stored.BlobETag.Trim('"') != etag.Trim('"')))
                {
                    found.Add((path, etag));
                }
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Log.ListingFailed(logger, e, options.ReportsContainer, found.Count);
            return new Listing(found, names, Complete: false);
        }

        return new Listing(found, names, Complete: true);
    }

    /// <summary>Enqueues a created-blob event for each unprocessed blob not already waiting in the queue; returns how many.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var enqueued = 0;
        var listing = await ListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var (path, etag) in listing.Unprocessed)
        {
            if (_enqueued.TryGetValue(path, out var prior) && prior.ETag == etag && now - prior.At < Lease)
            {
                continue;
            }

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

    private sealed record Listing(List<(string BlobPath, string ETag)> Unprocessed, HashSet<string> Names, bool Complete);

    private static partial class Log
    {
        [LoggerMessage(EventId = 1304, Level = LogLevel.Error, Message = "Listing the container {Container} failed after {Found} unprocessed blobs; they are handled and the next sweep lists again")]
        public static partial void ListingFailed(ILogger logger, Exception exception, string container, int found);

        [LoggerMessage(EventId = 1305, Level = LogLevel.Information, Message = "Sweep: enqueued {Count} blobs that had no event")]
        public static partial void Swept(ILogger logger, int count);
    }
}
