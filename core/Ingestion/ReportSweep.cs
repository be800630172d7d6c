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
public sealed partial class ReportSweep(IReportFileStore files, IReportRepository reports, IReportEventQueue queue, StorageOptions options, TimeProvider time, ILogger<ReportSweep> logger)
{
    /// <summary>How long an enqueued blob is not enqueued again while its event waits in the queue.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    private readonly ConcurrentDictionary<string, (string ETag, DateTimeOffset At)> _enqueued = new(StringComparer.Ordinal);

    /// <summary>The blobs without a current report row (the listing's failure is logged and ends the list).</summary>
    public async Task<IReadOnlyList<(string BlobPath, string ETag)>> UnprocessedAsync(CancellationToken cancellationToken = default)
    {
        var found = new List<(string, string)>();
        try
        {
            await foreach (var (path, etag) in files.ListAsync(cancellationToken).ConfigureAwait(false))
            {
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
        }

        return found;
    }

    /// <summary>Enqueues a created-blob event for each unprocessed blob not already waiting in the queue; returns how many.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var enqueued = 0;
        foreach (var (path, etag) in await UnprocessedAsync(cancellationToken).ConfigureAwait(false))
        {
            if (_enqueued.TryGetValue(path, out var prior) && prior.ETag == etag && now - prior.At < Lease)
            {
                continue;
            }

            await queue.EnqueueAsync(new BlobEvent(BlobEventKind.Created, options.ReportsContainer, path, etag).ToMessage(), cancellationToken).ConfigureAwait(false);
            _enqueued[path] = (etag, now);
            enqueued++;
        }

        if (enqueued > 0)
        {
            Log.Swept(logger, enqueued);
        }

        return enqueued;
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 1304, Level = LogLevel.Error, Message = "Listing the container {Container} failed after {Found} unprocessed blobs; they are handled and the next sweep lists again")]
        public static partial void ListingFailed(ILogger logger, Exception exception, string container, int found);

        [LoggerMessage(EventId = 1305, Level = LogLevel.Information, Message = "Sweep: enqueued {Count} blobs that had no event")]
        public static partial void Swept(ILogger logger, int count);
    }
}
