using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using ReportAudit.Core.Storage;

namespace ReportAudit.Core.Storage.Tables;

/// <summary>
/// Aggregates in the <c>Aggregates</c> table: partition = year or "all", row = region (or "_all") and a
/// shard. A report always counts in the same shard (by its id), so replacing its contribution touches one
/// row, and concurrent ingestions of different reports rarely meet on a row; each update is guarded by an
/// ETag and retried on conflict, so no count is lost. A summary reads the shards of one (year, region) in
/// one partition query and adds them up. <see cref="RebuildAsync"/> recomputes everything from <c>Reports</c>.
/// </summary>
public sealed class TableReportAggregates(TableServiceClient service, StorageOptions options, IReportRepository reports) : IReportAggregates
{
    public const int Shards = 8;

    /// <summary>Date issues kept per shard row: a table property holds at most 32,768 characters.</summary>
    public const int MaxDateIssuesPerShard = 60;

    private const int MaxPropertyChars = 30_000;
    private const int MaxAttempts = 100;

    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly TableClient _table = service.GetTableClient(options.TableName(TableKeys.Aggregates));

    public async Task ApplyAsync(StoredReport? before, StoredReport after, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(after);
        var shard = ShardOf(after.Id);
        var rows = (before is null ? [] : AggregateCounters.RowsOf(before)).Union(AggregateCounters.RowsOf(after)).ToList();
        foreach (var (year, region) in rows)
        {
            await UpdateAsync(year, region, shard, row =>
            {
                if (before is not null && AggregateCounters.RowsOf(before).Contains((year, region)))
                {
                    AggregateCounters.Add(row.Counters, AggregateCounters.Of(before), -1);
                    row.DateIssues.Remove(before.Id);
                }

                if (AggregateCounters.RowsOf(after).Contains((year, region)))
                {
                    AggregateCounters.Add(row.Counters, AggregateCounters.Of(after), +1);
                    AddDateIssue(row, after);
                }
            }, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The counters of a (year, region), all shards added up.</summary>
    public async Task<AggregateRow> GetAsync(string year, string region, CancellationToken cancellationToken = default)
    {
        var total = new AggregateRow(year, region, [], [], null);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {year} and Region eq {region}");
        await foreach (var entity in _table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            var shard = ToRow(entity);
            AggregateCounters.Add(total.Counters, shard.Counters, +1);
            foreach (var (id, issue) in shard.DateIssues)
            {
                total.DateIssues[id] = issue;
            }
        }

        return total;
    }

    /// <summary>Recomputes every aggregate row from the Reports table and replaces what is stored.</summary>
    public async Task<int> RebuildAsync(CancellationToken cancellationToken = default)
    {
        var rows = new Dictionary<(string Year, string Region, int Shard), AggregateRow>();
        var count = 0;
        await foreach (var report in reports.ListAllAsync(cancellationToken).ConfigureAwait(false))
        {
            count++;
            var shard = ShardOf(report.Id);
            foreach (var (year, region) in AggregateCounters.RowsOf(report))
            {
                if (!rows.TryGetValue((year, region, shard), out var row))
                {
                    row = rows[(year, region, shard)] = new AggregateRow(year, region, [], [], null);
                }

                AggregateCounters.Add(row.Counters, AggregateCounters.Of(report), +1);
                AddDateIssue(row, report);
            }
        }

        var wanted = rows.Keys.Select(k => (k.Year, RowKey(k.Region, k.Shard))).ToHashSet();
        await foreach (var existing in _table.QueryAsync<TableEntity>(select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (!wanted.Contains((existing.PartitionKey, existing.RowKey)))
            {
                await _table.DeleteEntityAsync(existing.PartitionKey, existing.RowKey, ETag.All, cancellationToken).ConfigureAwait(false);
            }
        }

        foreach (var ((_, _, shard), row) in rows)
        {
            await _table.UpsertEntityAsync(ToEntity(row, shard), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        }

        return count;
    }

    /// <summary>A stable shard for a report id (ids are hex digests, so their last digits are evenly spread).</summary>
    public static int ShardOf(string reportId)
    {
        ArgumentNullException.ThrowIfNull(reportId);
        return reportId.Length == 0 ? 0 : Convert.ToInt32(reportId[^1..], 16) % Shards;
    }

    private static void AddDateIssue(AggregateRow row, StoredReport report)
    {
        if (report.DateStatus is DateStatus.Late or DateStatus.Impossible && row.DateIssues.Count < MaxDateIssuesPerShard)
        {
            row.DateIssues[report.Id] = new DateIssue(report.Id, report.Body, report.Year, report.PublishedOn, report.Deadline, report.DateStatus);
        }
    }

    private async Task UpdateAsync(string year, string region, int shard, Action<AggregateRow> change, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var response = await _table.GetEntityIfExistsAsync<TableEntity>(year, RowKey(region, shard), cancellationToken: cancellationToken).ConfigureAwait(false);
            var row = response.HasValue ? ToRow(response.Value!) : new AggregateRow(year, region, [], [], null);
            change(row);
            try
            {
                if (row.ETag is null)
                {
                    await _table.AddEntityAsync(ToEntity(row, shard), cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await _table.UpdateEntityAsync(ToEntity(row, shard), new ETag(row.ETag), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
                }

                return;
            }
            catch (RequestFailedException e) when (e.Status is 409 or 412 && attempt < MaxAttempts)
            {
                // Another ingestion updated this row first: back off a little, read it again and reapply.
                await Task.Delay(Random.Shared.Next(5, 20 + (Math.Min(attempt, 20) * 5)), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static string RowKey(string region, int shard) => TableKeys.Escape(region) + "~" + shard.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static TableEntity ToEntity(AggregateRow row, int shard)
    {
        var issues = row.DateIssues.Values.ToList();
        var issuesJson = JsonSerializer.Serialize(issues, Json);
        while (issuesJson.Length > MaxPropertyChars && issues.Count > 0)
        {
            // Very long body names: keep the row storable, the counters stay exact.
            issues.RemoveAt(issues.Count - 1);
            issuesJson = JsonSerializer.Serialize(issues, Json);
        }

        return new TableEntity(row.Year, RowKey(row.Region, shard))
        {
            ["Region"] = row.Region,
            ["Counters"] = JsonSerializer.Serialize(row.Counters, Json),
            ["DateIssues"] = issuesJson,
        };
    }

    private static AggregateRow ToRow(TableEntity e) => new(
        e.PartitionKey,
        e.GetString("Region") ?? e.RowKey,
        JsonSerializer.Deserialize<Dictionary<string, long>>(e.GetString("Counters") ?? "{}") ?? [],
        (JsonSerializer.Deserialize<List<DateIssue>>(e.GetString("DateIssues") ?? "[]") ?? []).ToDictionary(d => d.Id, StringComparer.Ordinal),
        e.ETag.ToString());
}
