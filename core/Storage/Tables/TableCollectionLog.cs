using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using ReportAudit.Core.Model;

namespace ReportAudit.Core.Storage.Tables;

/// <summary>
/// The collection log in one table: partition = run id, row = the escaped URL (a hash when too long for a key);
/// the runs in partition <c>~runs</c> (row = inverted start ticks, so newest come first), the stored content
/// hashes in <c>~sha256</c> and the re-collected columns in <c>~columns</c>, the copies of one report in <c>~copies</c> (row = body key | year | URL). Run ids never start with <c>~</c>.
/// </summary>
public sealed class TableCollectionLog(TableServiceClient service, StorageOptions options) : ICollectionLog
{
    private const string RunsPartition = "~runs";
    private const string HashPartition = "~sha256";
    private const string ColumnsPartition = "~columns";
    private const string CopiesPartition = "~copies";

    private readonly TableClient _table = service.GetTableClient(options.TableName(TableKeys.CollectionLog));

    public async Task RecordAsync(CollectionLogEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var entity = new TableEntity(entry.Run, UrlKey(entry.Url))
        {
            ["Url"] = entry.Url,
            ["Kind"] = entry.Kind,
            ["Outcome"] = EnumNames.Name(entry.Outcome),
            ["Detail"] = entry.Detail,
            ["At"] = entry.At,
            ["Region"] = entry.Region,
            ["Body"] = entry.Body,
            ["Title"] = entry.Title,
            ["FinalUrl"] = entry.FinalUrl,
            ["HttpStatus"] = entry.HttpStatus,
            ["BlobPath"] = entry.BlobPath,
            ["Sha256"] = entry.Sha256,
        };
        await _table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<CollectionLogEntry>> ListAsync(string run, CancellationToken cancellationToken = default)
    {
        var entries = new List<CollectionLogEntry>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {run}");
        await foreach (var e in _table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            entries.Add(new CollectionLogEntry(
                e.PartitionKey,
                e.GetString("Url") ?? string.Empty,
                e.GetString("Kind") ?? string.Empty,
                EnumNames.Parse(e.GetString("Outcome"), CollectionOutcome.Error),
                e.GetString("Detail") ?? string.Empty,
                e.GetDateTimeOffset("At") ?? DateTimeOffset.MinValue)
            {
                Region = e.GetString("Region"),
                Body = e.GetString("Body"),
                Title = e.GetString("Title"),
                FinalUrl = e.GetString("FinalUrl"),
                HttpStatus = e.GetInt32("HttpStatus"),
                BlobPath = e.GetString("BlobPath"),
                Sha256 = e.GetString("Sha256"),
            });
        }

        return [.. entries.OrderBy(e => e.Url, StringComparer.Ordinal)];
    }

    public async Task StartRunAsync(CollectionRun run, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        var row = (DateTimeOffset.MaxValue.UtcTicks - run.StartedAt.UtcTicks).ToString("D19", CultureInfo.InvariantCulture) + "-" + TableKeys.Escape(run.Run);
        var entity = new TableEntity(RunsPartition, row)
        {
            ["Run"] = run.Run,
            ["StartedAt"] = run.StartedAt,
            ["Request"] = run.Request,
            ["Queued"] = run.Queued,
        };
        await _table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<CollectionRun>> RecentRunsAsync(int count, CancellationToken cancellationToken = default)
    {
        var runs = new List<CollectionRun>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {RunsPartition}");
        await foreach (var e in _table.QueryAsync<TableEntity>(filter, maxPerPage: count, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            runs.Add(new CollectionRun(e.GetString("Run") ?? string.Empty, e.GetDateTimeOffset("StartedAt") ?? DateTimeOffset.MinValue, e.GetString("Request") ?? string.Empty, e.GetInt32("Queued") ?? 0));
            if (runs.Count >= count)
            {
                break;
            }
        }

        return runs;
    }

    public async Task<(string BlobPath, string Run, string Url)?> FindStoredAsync(string sha256, CancellationToken cancellationToken = default)
    {
        try
        {
            var e = await _table.GetEntityAsync<TableEntity>(HashPartition, sha256, cancellationToken: cancellationToken).ConfigureAwait(false);
            return (e.Value.GetString("BlobPath") ?? string.Empty, e.Value.GetString("Run") ?? string.Empty, e.Value.GetString("Url") ?? string.Empty);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    public async Task RememberStoredAsync(string sha256, string blobPath, string run, string url, CancellationToken cancellationToken = default)
    {
        var entity = new TableEntity(HashPartition, sha256) { ["BlobPath"] = blobPath, ["Run"] = run, ["Url"] = url };
        await _table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    public async Task SaveColumnAsync(CollectionColumn column, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(column);
        var entity = new TableEntity(ColumnsPartition, UrlKey(column.ListUrl))
        {
            ["ListUrl"] = column.ListUrl,
            ["Region"] = column.Region,
            ["Body"] = column.Body,
            ["Years"] = string.Join(',', column.Years),
        };
        await _table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<CollectionColumn>> ListColumnsAsync(CancellationToken cancellationToken = default)
    {
        var columns = new List<CollectionColumn>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {ColumnsPartition}");
        await foreach (var e in _table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            var years = (e.GetString("Years") ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries)
                .Select(y => int.TryParse(y, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0).Where(y => y > 0).ToArray();
            columns.Add(new CollectionColumn(e.GetString("ListUrl") ?? string.Empty, e.GetString("Region") ?? string.Empty, e.GetString("Body"), years));
        }

        return columns;
    }

    public async Task SaveCopiesAsync(IReadOnlyList<CollectionCopy> copies, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(copies);
        foreach (var copy in copies)
        {
            var entity = new TableEntity(CopiesPartition, UrlKey($"{copy.BodyKey}|{copy.Year}|{copy.SourceUrl}"))
            {
                ["BodyKey"] = copy.BodyKey,
                ["Body"] = copy.Body,
                ["Year"] = copy.Year,
                ["SourceUrl"] = copy.SourceUrl,
                ["BlobPath"] = copy.BlobPath,
                ["Status"] = EnumNames.Name(copy.Status),
                ["Verdict"] = EnumNames.Name(copy.Verdict),
                ["BlankCells"] = copy.BlankCells,
                ["IsRecord"] = copy.IsRecord,
                ["Disagreements"] = copy.Disagreements,
                ["DisagreementSummary"] = copy.DisagreementSummary,
            };
            await _table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The escaped URL, or <c>#</c>-free SHA-256 hex when the escaped form is too long for a key (1 KiB).</summary>
    private static string UrlKey(string url)
    {
        var escaped = TableKeys.Escape(url);
        return escaped.Length <= 400 ? escaped : "sha256-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(url)));
    }
}
