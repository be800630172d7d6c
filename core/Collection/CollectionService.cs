using System.Globalization;
using ReportAudit.Core.Storage;

namespace ReportAudit.Core.Collection;

/// <summary>
/// Starts and runs collection: queued (one message per URL for the queue-triggered fetcher), or inline (the local
/// command: the same messages worked through in this process). Columns asked for are remembered and collected again
/// weekly during the reporting season by <see cref="RecollectColumnsAsync"/>.
/// </summary>
public sealed class CollectionService(
    ReportCollector collector,
    ICollectionLog log,
    ICollectionQueue queue,
    IReportRepository reports,
    IParsedReportStore parsed,
    TimeProvider time)
{
    public async Task<(CollectionRun? Run, string? Error)> EnqueueAsync(CollectionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (run, messages, error) = await StartAsync(request, cancellationToken).ConfigureAwait(false);
        if (run is null)
        {
            return (null, error);
        }

        foreach (var message in messages)
        {
            await queue.SendAsync(message.ToJson(), cancellationToken).ConfigureAwait(false);
        }

        return (run, null);
    }

    /// <summary>Runs the whole request here, one message after another; returns the run id and its log.</summary>
    public async Task<(CollectionRun? Run, IReadOnlyList<CollectionLogEntry> Log, string? Error)> RunInlineAsync(CollectionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (run, messages, error) = await StartAsync(request, cancellationToken).ConfigureAwait(false);
        if (run is null)
        {
            return (null, [], error);
        }

        var pending = new Queue<CollectionMessage>(messages);
        while (pending.TryDequeue(out var message))
        {
            foreach (var next in await collector.ProcessAsync(message, cancellationToken).ConfigureAwait(false))
            {
                pending.Enqueue(next);
            }
        }

        return (run, await log.ListAsync(run.Run, cancellationToken).ConfigureAwait(false), null);
    }

    /// <summary>One queue message: work its URL and queue what it found. A message that is not one is ignored (returns false).</summary>
    public async Task<bool> ProcessMessageAsync(string message, CancellationToken cancellationToken)
    {
        if (CollectionMessage.Parse(message) is not { } parsed)
        {
            return false;
        }

        foreach (var next in await collector.ProcessAsync(parsed, cancellationToken).ConfigureAwait(false))
        {
            await queue.SendAsync(next.ToJson(), cancellationToken).ConfigureAwait(false);
        }

        return true;
    }

    /// <summary>Queues every remembered column again (the weekly timer during the season, January to April).</summary>
    public async Task<int> RecollectColumnsAsync(CancellationToken cancellationToken)
    {
        var count = 0;
        foreach (var column in await log.ListColumnsAsync(cancellationToken).ConfigureAwait(false))
        {
            var request = new CollectionRequest([], column.ListUrl, null, column.Region, column.Body, column.Years);
            if ((await EnqueueAsync(request, cancellationToken).ConfigureAwait(false)).Run is not null)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>After a poison message: the URL is recorded as an error, so that the log still ends every URL.</summary>
    public async Task RecordGaveUpAsync(string message, CancellationToken cancellationToken)
    {
        if (CollectionMessage.Parse(message) is { } parsed)
        {
            await log.RecordAsync(
                new CollectionLogEntry(parsed.Run, parsed.Url, parsed.Kind, CollectionOutcome.Error, "多次重试后放弃 gave up after the queue's retries", time.GetUtcNow())
                {
                    Region = parsed.Region,
                    Body = parsed.Body,
                    Title = parsed.Title,
                },
                cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// After the run's files are processed: the copies of each body's report for a year (page and attachments) are
    /// compared, the report of record chosen and the rows stored. Files not processed yet are left out.
    /// </summary>
    public async Task<IReadOnlyList<CollectionCopy>> CompareCopiesAsync(string run, CancellationToken cancellationToken)
    {
        var copies = new List<(StoredReport Stored, ReportCopy Copy)>();
        var entries = await log.ListAsync(run, cancellationToken).ConfigureAwait(false);
        foreach (var entry in entries.Where(e => e.Outcome is CollectionOutcome.Stored or CollectionOutcome.Skipped && e.BlobPath is { Length: > 0 }).DistinctBy(e => e.BlobPath))
        {
            var id = Storage.Tables.TableKeys.ReportId(entry.BlobPath!);
            if (await reports.GetAsync(id, cancellationToken).ConfigureAwait(false) is not { Year: not null } stored || stored.BodyKey.Length == 0)
            {
                continue;
            }

            var cells = CopyComparer.CellsOf(await parsed.GetAsync(id, cancellationToken).ConfigureAwait(false));
            copies.Add((stored, new ReportCopy(entry.FinalUrl ?? entry.Url, entry.BlobPath!, stored.Status, stored.Verdict, cells)));
        }

        var rows = new List<CollectionCopy>();
        foreach (var group in copies.GroupBy(c => (c.Stored.BodyKey, Year: c.Stored.Year!.Value)))
        {
            var comparison = CopyComparer.Compare([.. group.Select(c => c.Copy)]);
            var summary = string.Join("; ", comparison.Disagreements.Take(10).Select(d => $"{d.Cell}: {string.Join(" / ", d.ValueBySource.Values.Select(v => v?.ToString(CultureInfo.InvariantCulture) ?? "空 blank"))}"));
            var body = group.First().Stored.Body;
            var groupRows = comparison.Copies.Select(c => new CollectionCopy(
                group.Key.BodyKey, group.Key.Year, c.SourceUrl, c.BlobPath, c.Status, c.Verdict, c.BlankCells, ReferenceEquals(c, comparison.Record),
                comparison.Disagreements.Count, summary) { Body = body }).ToList();
            await log.SaveCopiesAsync(groupRows, cancellationToken).ConfigureAwait(false);
            rows.AddRange(groupRows);
        }

        return rows;
    }

    private async Task<(CollectionRun? Run, IReadOnlyList<CollectionMessage> Messages, string? Error)> StartAsync(CollectionRequest request, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var id = now.ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..6];
        var (messages, error) = request.Messages(id);
        if (error is not null)
        {
            return (null, [], error);
        }

        var asked = string.Join("; ", messages.Select(m => $"{m.Kind} {m.Url}")) + (request.Years.Count > 0 ? $"; years {string.Join(',', request.Years)}" : string.Empty);
        var run = new CollectionRun(id, now, asked.Length > 1000 ? asked[..1000] + "…" : asked, messages.Count);
        await log.StartRunAsync(run, cancellationToken).ConfigureAwait(false);
        foreach (var column in messages.Where(m => m.Kind == CollectionMessage.List))
        {
            await log.SaveColumnAsync(new CollectionColumn(column.Url, column.Region, column.Body, column.Years), cancellationToken).ConfigureAwait(false);
        }

        return (run, messages, null);
    }
}
