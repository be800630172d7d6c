using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using ReportAudit.Core.Storage;
using ReportAudit.Core.Storage.Tables;

namespace ReportAudit.Core.Summaries;

/// <summary>
/// Aggregates in the <c>Aggregates</c> table (partition = year or "all", row = region or "_all"),
/// updated as reports are processed with ETags, retrying on conflicts so that concurrent ingestion
/// loses no count; <see cref="RebuildAsync"/> recomputes them from the <c>Reports</c> table.
/// </summary>
public sealed class TableReportAggregates(TableServiceClient service, StorageOptions options, IReportRepository reports) : IReportAggregates
{
    /// <summary>Date issues kept per row; a summary lists at most this many.</summary>
    public const int MaxDateIssues = 500;

    private const int MaxAttempts = 100;
    private readonly TableClient _table = service.GetTableClient(options.TableName(TableKeys.Aggregates));

    public async Task ApplyAsync(StoredReport? before, StoredReport after, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(after);
        var rows = (before is null ? [] : AggregateCounters.RowsOf(before)).Union(AggregateCounters.RowsOf(after)).ToList();
        foreach (var (year, region) in rows)
        {
            await UpdateAsync(year, region, row =>
            {
                if (before is not null && AggregateCounters.RowsOf(before).Contains((year, region)))
                {
                    AggregateCounters.Add(row.Counters, AggregateCounters.Of(before), -1);
                    row.DateIssues.Remove(before.Id);
                }

                if (AggregateCounters.RowsOf(after).Contains((year, region)))
                {
                    AggregateCounters.Add(row.Counters, AggregateCounters.Of(after), +1);
                    if (after.DateStatus is "late" or "impossible" && row.DateIssues.Count < MaxDateIssues)
                    {
                        row.DateIssues[after.Id] = new DateIssue(after.Id, after.Body, after.Year, after.PublishedOn, after.Deadline, after.DateStatus);
                    }
                }
            }, cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<AggregateRow> GetAsync(string year, string region, CancellationToken cancellationToken = default)
    {
        var response = await _table.GetEntityIfExistsAsync<TableEntity>(year, TableKeys.Escape(region), cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue ? ToRow(response.Value!) : new AggregateRow(year, region, [], [], null);
    }

    /// <summary>Recomputes every aggregate row from the Reports table and replaces what is stored.</summary>
    public async Task<int> RebuildAsync(CancellationToken cancellationToken = default)
    {
        var rows = new Dictionary<(string, string), AggregateRow>();
        var count = 0;
        await foreach (var report in reports.ListAllAsync(cancellationToken).ConfigureAwait(false))
        {
            count++;
            foreach (var key in AggregateCounters.RowsOf(report))
            {
                if (!rows.TryGetValue(key, out var row))
                {
                    row = rows[key] = new AggregateRow(key.Year, key.Region, [], [], null);
                }

                AggregateCounters.Add(row.Counters, AggregateCounters.Of(report), +1);
                if (report.DateStatus is "late" or "impossible" && row.DateIssues.Count < MaxDateIssues)
                {
                    row.DateIssues[report.Id] = new DateIssue(report.Id, report.Body, report.Year, report.PublishedOn, report.Deadline, report.DateStatus);
                }
            }
        }

        var stale = new List<TableEntity>();
        await foreach (var existing in _table.QueryAsync<TableEntity>(select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (!rows.Keys.Any(k => k.Item1 == existing.PartitionKey && TableKeys.Escape(k.Item2) == existing.RowKey))
            {
                stale.Add(existing);
            }
        }

        foreach (var entity in stale)
        {
            await _table.DeleteEntityAsync(entity.PartitionKey, entity.RowKey, ETag.All, cancellationToken).ConfigureAwait(false);
        }

        foreach (var row in rows.Values)
        {
            await _table.UpsertEntityAsync(ToEntity(row), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        }

        return count;
    }

    private async Task UpdateAsync(string year, string region, Action<AggregateRow> change, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var row = await GetAsync(year, region, cancellationToken).ConfigureAwait(false);
            change(row);
            try
            {
                if (row.ETag is null)
                {
                    await _table.AddEntityAsync(ToEntity(row), cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await _table.UpdateEntityAsync(ToEntity(row), new ETag(row.ETag), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
                }

                return;
            }
            catch (RequestFailedException e) when (e.Status is 409 or 412 && attempt < MaxAttempts)
            {
                // Another ingestion updated this row first: back off a little, read it again and reapply.
                await Task.Delay(Random.Shared.Next(5, 20 + Math.Min(attempt, 20) * 5), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static TableEntity ToEntity(AggregateRow row) => new(row.Year, TableKeys.Escape(row.Region))
    {
        ["Region"] = row.Region,
        ["Counters"] = JsonSerializer.Serialize(row.Counters),
        ["DateIssues"] = JsonSerializer.Serialize(row.DateIssues.Values),
    };

    private static AggregateRow ToRow(TableEntity e) => new(
        e.PartitionKey,
        e.GetString("Region") ?? e.RowKey,
        JsonSerializer.Deserialize<Dictionary<string, long>>(e.GetString("Counters") ?? "{}") ?? [],
        (JsonSerializer.Deserialize<List<DateIssue>>(e.GetString("DateIssues") ?? "[]") ?? []).ToDictionary(d => d.Id, StringComparer.Ordinal),
        e.ETag.ToString());
}
