using System.Runtime.CompilerServices;
using Azure.Data.Tables;

namespace ReportAudit.Core.Storage.Tables;

/// <summary>
/// The rows of several key ranges in the ranges' order, the next few ranges read ahead while the current one is consumed:
/// storage answers one range's pages while the client decodes another's (Azurite serves one request at a time, so a
/// single reader leaves it idle while the client decodes). A consumer that stops early stops the reads ahead.
/// </summary>
internal static class PrefetchedRanges
{
    /// <summary>Ranges read at once: the current one and the ones after it.</summary>
    public const int Ahead = 3;

    public static async IAsyncEnumerable<TableEntity> ReadAsync(TableClient table, IEnumerable<string> ranges, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var pending = new Queue<Task<List<TableEntity>>>();
        using var next = ranges.GetEnumerator();
        void StartNext()
        {
            if (next.MoveNext())
            {
                var range = next.Current;
                pending.Enqueue(Task.Run(() => ReadAllAsync(table, range, stop.Token), stop.Token));
            }
        }

        try
        {
            for (var i = 0; i < Ahead; i++)
            {
                StartNext();
            }

            while (pending.TryDequeue(out var reading))
            {
                var rows = await reading.ConfigureAwait(false);
                StartNext();
                foreach (var row in rows)
                {
                    yield return row;
                }
            }
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            foreach (var abandoned in pending)
            {
                // Reads ahead that are no longer wanted: their cancellation (or any failure) is not the consumer's concern.
                await abandoned.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default).ConfigureAwait(false);
            }
        }
    }

    private static async Task<List<TableEntity>> ReadAllAsync(TableClient table, string range, CancellationToken cancellationToken)
    {
        var rows = new List<TableEntity>();
        await foreach (var row in table.QueryAsync<TableEntity>(range, maxPerPage: 1000, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            rows.Add(row);
        }

        return rows;
    }
}
