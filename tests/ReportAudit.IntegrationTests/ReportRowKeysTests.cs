using Azure;
using Azure.Data.Tables;
using ReportAudit.Core.Ingestion;
using ReportAudit.Core.Storage;
using ReportAudit.Core.Storage.Tables;

namespace ReportAudit.IntegrationTests;

/// <summary>
/// Reports rows are keyed (shard, id); a table written before that (id, "report") still reads, and its rows move to the new
/// keys when met, without a migration step and without a report counted twice.
/// </summary>
public sealed class ReportRowKeysTests : IAsyncLifetime
{
    private readonly StorageTestEnvironment _env = new();

    public Task InitializeAsync() => _env.InitializeAsync();

    public Task DisposeAsync() => _env.DisposeAsync();

    [Fact]
    public async Task Ingest_StoresTheRowUnderItsShardAndId()
    {
        var id = await UploadAndProcessAsync("hebei/000.txt", "000");

        var row = Assert.Single(await RowsAsync());

        Assert.Equal((id[..2], id), (row.PartitionKey, row.RowKey));
    }

    [Fact]
    public async Task OldLayoutRows_AreListed_AndMoveWhenReadByTheirId()
    {
        var first = await UploadAndProcessAsync("hebei/000.txt", "000");
        var second = await UploadAndProcessAsync("hebei/004.txt", "004");
        await ToOldLayoutAsync(first);
        await ToOldLayoutAsync(second);
        var repository = _env.Get<IReportRepository>();

        var listed = await repository.QueryAsync(new ReportCriteria()).ToListAsync();
        var read = await repository.GetAsync(first);

        Assert.Equal(new[] { first, second }.Order(StringComparer.Ordinal), listed.Select(r => r.Id).Order(StringComparer.Ordinal));
        Assert.Equal("hebei/000.txt", read!.BlobPath);
        var keys = (await RowsAsync()).Select(r => (r.PartitionKey, r.RowKey)).ToList();
        Assert.Contains((first[..2], first), keys);
        Assert.Contains((second, TableKeys.LegacyReportRow), keys);
        Assert.Equal(2, keys.Count);
    }

    [Fact]
    public async Task ListAll_MovesEveryOldRowOnce_AndReprocessingCountsNothingTwice()
    {
        var ids = new[] { await UploadAndProcessAsync("hebei/000.txt", "000"), await UploadAndProcessAsync("hebei/001.txt", "001"), await UploadAndProcessAsync("hebei/004.txt", "004") };
        foreach (var id in ids)
        {
            await ToOldLayoutAsync(id);
        }

        var listed = await _env.Get<IReportRepository>().ListAllAsync().ToListAsync();
        var processed = await _env.Get<BlobProcessor>().ProcessAsync("hebei/001.txt", force: true);

        Assert.Equal(ids.Order(StringComparer.Ordinal), listed.Select(r => r.Id).Order(StringComparer.Ordinal));
        Assert.Equal(BlobProcessing.Ingested, processed);
        Assert.Equal(ids.Select(id => (id[..2], id)).Order(), (await RowsAsync()).Select(r => (r.PartitionKey, r.RowKey)).Order());
        Assert.Equal(3, (await _env.Get<IReportAggregates>().GetAsync("all", "_all")).Counters.GetValueOrDefault("reports"));
    }

    [Fact]
    public async Task OldRowReadByManyAtOnce_MovesOnce_AndEveryReaderGetsTheReport()
    {
        var id = await UploadAndProcessAsync("hebei/000.txt", "000");
        await ToOldLayoutAsync(id);
        var repository = _env.Get<IReportRepository>();

        var read = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => repository.GetAsync(id))));

        Assert.All(read, report => Assert.Equal("hebei/000.txt", report!.BlobPath));
        var row = Assert.Single(await RowsAsync());
        Assert.Equal((id[..2], id), (row.PartitionKey, row.RowKey));
    }

    [Fact]
    public async Task MoveStoppedBeforeItsDelete_ListsTheReportOnce_AndKeepsTheNewRow()
    {
        var id = await UploadAndProcessAsync("hebei/000.txt", "000");
        var table = _env.Table(TableKeys.Reports);
        var current = (await table.GetEntityAsync<TableEntity>(id[..2], id)).Value;
        var old = new TableEntity(id, TableKeys.LegacyReportRow) { ["BlobPath"] = "hebei/000.txt", ["Body"] = "旧行 old row" };
        await table.AddEntityAsync(old);

        var listed = await _env.Get<IReportRepository>().ListAllAsync().ToListAsync();

        var report = Assert.Single(listed);
        Assert.Equal(current.GetString("Body"), report.Body);
        var row = Assert.Single(await RowsAsync());
        Assert.Equal((id[..2], id), (row.PartitionKey, row.RowKey));
    }

    [Fact]
    public async Task SaveOfAnOldRowAsListed_IsRefused_NotThrown()
    {
        // A list page reads old rows as they are; their ETags belong to the old keys, so a save with one finds no row
        // under the new keys (404) and is refused like any other lost race: the caller reads the report again.
        var id = await UploadAndProcessAsync("hebei/000.txt", "000");
        await ToOldLayoutAsync(id);
        var repository = _env.Get<IReportRepository>();
        var asListed = Assert.Single(await repository.QueryAsync(new ReportCriteria()).ToListAsync());

        var saved = await repository.TrySaveAsync(asListed with { Body = "改写 changed" });
        var reread = await repository.GetAsync(id);

        Assert.Null(saved);
        Assert.Equal(asListed.Body, reread!.Body);
        Assert.NotNull(await repository.TrySaveAsync(reread with { Body = "改写 changed" }));
    }

    [Fact]
    public async Task FindingRows_AreKeyedByReportAndFinding_AndOldRowsReadWithTheirReviews_UntilReplaced()
    {
        var id = await UploadAndProcessAsync("hebei/001.txt", "001");
        var findings = _env.Get<IFindingRepository>();
        var stored = await findings.GetAsync(id);
        var reviewed = stored[0].Finding.Id;
        await _env.Get<IReviewStore>().SaveAsync(id, reviewed, new FindingReview(ReviewDecision.Dismissed, "误报 false alarm", "审核员", DateTimeOffset.UnixEpoch));
        var table = _env.Table(TableKeys.Findings);
        var rows = await table.QueryAsync<TableEntity>(e => e.PartitionKey == id).ToListAsync();
        Assert.All(rows, row => Assert.StartsWith(id + "~", row.RowKey, StringComparison.Ordinal));
        foreach (var row in rows)
        {
            // As the previous version wrote them: row = escaped finding id.
            var old = new TableEntity(row) { RowKey = TableKeys.FindingIdOf(id, row.RowKey), ETag = default };
            old.Remove("Timestamp");
            await table.AddEntityAsync(old);
            await table.DeleteEntityAsync(id, row.RowKey, ETag.All);
        }

        var fromOldRows = await findings.GetAsync(id);
        await _env.Get<BlobProcessor>().ProcessAsync("hebei/001.txt", force: true);
        var afterReplace = await findings.GetAsync(id);

        Assert.Equal(stored.Select(f => f.Finding.Id), fromOldRows.Select(f => f.Finding.Id));
        Assert.Equal("误报 false alarm", fromOldRows.Single(f => f.Finding.Id == reviewed).Review!.Note);
        Assert.Equal(stored.Select(f => f.Finding.Id), afterReplace.Select(f => f.Finding.Id));
        Assert.Equal("误报 false alarm", afterReplace.Single(f => f.Finding.Id == reviewed).Review!.Note);
        var keys = (await table.QueryAsync<TableEntity>(e => e.PartitionKey == id).ToListAsync()).Select(r => r.RowKey).ToList();
        Assert.Equal(stored.Count, keys.Count);
        Assert.All(keys, key => Assert.StartsWith(id + "~", key, StringComparison.Ordinal));
    }

    private async Task<string> UploadAndProcessAsync(string path, string sample)
    {
        await _env.Reports.GetBlobClient(path).UploadAsync(BinaryData.FromBytes(await File.ReadAllBytesAsync(StorageTestEnvironment.Sample(sample))), overwrite: true);
        Assert.Equal(BlobProcessing.Ingested, await _env.Get<BlobProcessor>().ProcessAsync(path, force: false));
        return TableKeys.ReportId(path);
    }

    /// <summary>Rewrites a report's row as the previous version wrote it: partition = id, row = "report".</summary>
    private async Task ToOldLayoutAsync(string id)
    {
        var table = _env.Table(TableKeys.Reports);
        var row = (await table.GetEntityAsync<TableEntity>(id[..2], id)).Value;
        var old = new TableEntity(row) { PartitionKey = id, RowKey = TableKeys.LegacyReportRow, ETag = default };
        old.Remove("Timestamp");
        await table.AddEntityAsync(old);
        await table.DeleteEntityAsync(id[..2], id, ETag.All);
    }

    private async Task<List<TableEntity>> RowsAsync() => await _env.Table(TableKeys.Reports).QueryAsync<TableEntity>().ToListAsync();
}
