using System.Text;
using Azure.Data.Tables;
using ReportAudit.Core.Ingestion;
using ReportAudit.Core.Model;
using ReportAudit.Core.Storage;
using ReportAudit.Core.Storage.Tables;
using ReportAudit.Core.Validation;

namespace ReportAudit.IntegrationTests;

[Trait("Category", "Integration")]
public sealed class IngestionTests : IAsyncLifetime
{
    private readonly StorageTestEnvironment _env = new();

    public Task InitializeAsync() => _env.InitializeAsync();

    public Task DisposeAsync() => _env.DisposeAsync();

    private async Task<IngestionOutcome> IngestAsync(string path, byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return await _env.Get<IReportIngestion>().IngestAsync(path, stream, "\"etag\"");
    }

    [Fact]
    public async Task IngestAsync_Sample_StoresReportParsedJsonAndBodyIndex()
    {
        var outcome = await IngestAsync("shijiazhuang/001.txt", await File.ReadAllBytesAsync(StorageTestEnvironment.Sample("001")));

        var stored = await _env.Get<IReportRepository>().GetAsync(TableKeys.ReportId("shijiazhuang/001.txt"));
        Assert.NotNull(stored);
        Assert.True(outcome.Changed);
        Assert.Equal("shijiazhuang", stored.Region);
        Assert.Equal("石家莊市人民政府辦公室", stored.Body);
        Assert.Equal("石家庄市人民政府办公室", stored.BodyKey);
        Assert.Equal(2022, stored.Year);
        Assert.Equal("2021", stored.Template);
        Assert.Equal(ReportStatus.Parsed, stored.Status);
        Assert.Equal(64, stored.ContentHash.Length);
        Assert.Equal(343, stored.Figures.Application("new"));
        var json = await _env.Get<IParsedReportStore>().GetAsync(stored.Id);
        Assert.Contains("\"result.other.3\"", json, StringComparison.Ordinal);
        var body = await _env.Get<IBodyIndex>().GetBodyAsync("石家庄市人民政府办公室");
        Assert.Equal(2022, Assert.Single(body).Year);
    }

    [Fact]
    public async Task IngestAsync_SameBytesAgain_ChangesNothing()
    {
        var bytes = await File.ReadAllBytesAsync(StorageTestEnvironment.Sample("000"));
        await IngestAsync("a/000.txt", bytes);
        var before = await _env.Get<IReportRepository>().GetAsync(TableKeys.ReportId("a/000.txt"));

        var outcome = await IngestAsync("a/000.txt", bytes);

        var after = await _env.Get<IReportRepository>().GetAsync(TableKeys.ReportId("a/000.txt"));
        Assert.False(outcome.Changed);
        Assert.Equal(before!.ETag, after!.ETag);
        Assert.Equal(before.ProcessedAt, after.ProcessedAt);
    }

    [Fact]
    public async Task IngestAsync_ChangedBytes_ReplacesTheFindings()
    {
        var original = await File.ReadAllBytesAsync(StorageTestEnvironment.Sample("002"));
        await IngestAsync("b/002.txt", original);
        var id = TableKeys.ReportId("b/002.txt");
        await _env.Get<IFindingRepository>().ReplaceAsync(id, [new Core.Validation.Finding("test.stale", Core.Validation.Severity.Warning, "旧", "stale", 3, "new", "total")]);

        // Break the balance: 本年新收 natural 5 → 9 (and its total), so the findings must change.
        var text = Encoding.UTF8.GetString(original).Replace("一、本年新收政府信息公开申请数量 | 5 | 0 | 0 | 0 | 0 | 0 | 5", "一、本年新收政府信息公开申请数量 | 9 | 0 | 0 | 0 | 0 | 0 | 9", StringComparison.Ordinal);
        var outcome = await IngestAsync("b/002.txt", Encoding.UTF8.GetBytes(text));

        var findings = await _env.Get<IFindingRepository>().GetAsync(id);
        Assert.True(outcome.Changed);
        Assert.DoesNotContain(findings, f => f.Finding.RuleId == "test.stale");
        Assert.Equal(outcome.FindingCount, findings.Count);
        Assert.Equal(9, outcome.Report.Figures.Application("new"));
    }

    [Fact]
    public async Task IngestAsync_Junk_IsRecordedAsUnparseableWithReason()
    {
        var junk = new byte[4096];
        new Random(7).NextBytes(junk);

        var outcome = await IngestAsync("c/junk.bin", junk);

        var stored = await _env.Get<IReportRepository>().GetAsync(TableKeys.ReportId("c/junk.bin"));
        Assert.Equal(ReportStatus.Unparseable, stored!.Status);
        Assert.Equal(Verdict.Unparseable, stored.Verdict);
        Assert.Contains("binary", stored.ErrorReason, StringComparison.Ordinal);
        Assert.Equal(outcome.Report.Id, stored.Id);
    }

    [Fact]
    public async Task IngestAsync_TwoTriggersForOneBlobAtOnce_LeaveOneConsistentResult()
    {
        var bytes = await File.ReadAllBytesAsync(StorageTestEnvironment.Sample("004"));

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => IngestAsync("d/004.txt", bytes))));

        var rows = await _env.Table(TableKeys.Reports).QueryAsync<TableEntity>().ToListAsync();
        var row = Assert.Single(rows);
        Assert.Equal("安泰街道办事处", row.GetString("Body"));
        var findings = await _env.Get<IFindingRepository>().GetAsync(row.RowKey);
        Assert.Equal(findings.Count, (row.GetInt32("Errors") ?? 0) + (row.GetInt32("Warnings") ?? 0) + (row.GetInt32("Notices") ?? 0));
    }

    [Fact]
    public async Task IngestAsync_TwoHundredConcurrentUploads_GiveTwoHundredRows()
    {
        var bytes = await File.ReadAllBytesAsync(StorageTestEnvironment.Sample("000"));

        await Parallel.ForEachAsync(Enumerable.Range(0, 200), new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (i, _) =>
            await IngestAsync($"bulk/{i:D3}.txt", bytes));

        var rows = await _env.Table(TableKeys.Reports).QueryAsync<TableEntity>(select: ["RowKey", "BlobPath"]).ToListAsync();
        Assert.Equal(200, rows.Count);
        Assert.Equal(200, rows.Select(r => r.GetString("BlobPath")).Distinct().Count());
    }

    [Fact]
    public async Task RecordFailureThenRetry_ProcessesTheBlobAgain()
    {
        await _env.Reports.UploadBlobAsync("e/003.txt", BinaryData.FromBytes(await File.ReadAllBytesAsync(StorageTestEnvironment.Sample("003"))));
        var ingestion = _env.Get<IReportIngestion>();
        await ingestion.RecordFailureAsync("e/003.txt", ReportEventProcessor.FailureReason);
        var failed = await _env.Get<IReportRepository>().GetAsync(TableKeys.ReportId("e/003.txt"));
        Assert.Equal(ReportStatus.Failed, failed!.Status);

        var result = await _env.Get<ReportMaintenance>().RetryFailedAsync();

        var retried = await _env.Get<IReportRepository>().GetAsync(TableKeys.ReportId("e/003.txt"));
        Assert.Equal(1, result.Processed);
        Assert.Equal(ReportStatus.Parsed, retried!.Status);
        Assert.Null(retried.ErrorReason);
    }

    [Fact]
    public async Task Reconcile_BlobTheTriggerMissed_IsProcessedOnce()
    {
        await _env.Reports.UploadBlobAsync("g/004.txt", BinaryData.FromBytes(await File.ReadAllBytesAsync(StorageTestEnvironment.Sample("004"))));
        var maintenance = _env.Get<ReportMaintenance>();

        var first = await maintenance.ReconcileAsync();
        var second = await maintenance.ReconcileAsync();

        var stored = await _env.Get<IReportRepository>().GetAsync(TableKeys.ReportId("g/004.txt"));
        Assert.Equal(1, first.Processed);
        Assert.Equal(0, second.Selected);
        Assert.Equal("安泰街道办事处", stored!.Body);
    }

    [Fact]
    public async Task Aggregates_ManyLateReportsWithLongNames_StayStorableAndExact()
    {
        var text = await File.ReadAllTextAsync(StorageTestEnvironment.Sample("003"));

        await Parallel.ForEachAsync(Enumerable.Range(0, 120), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, _) =>
        {
            var body = $"某省某市某县某某某某某某某某某某综合行政执法局第{i:D3}分局";
            var bytes = Encoding.UTF8.GetBytes(text.Replace("凉州区城市管理综合执法局", body, StringComparison.Ordinal));
            await IngestAsync($"late/{i:D3}.txt", bytes);
        });

        var all = await _env.Get<Core.Storage.IReportAggregates>().GetAsync("all", "_all");
        Assert.Equal(120, all.Counters["reports"]);
        Assert.Equal(120, all.Counters["date.impossible"]);
        Assert.True(all.DateIssues.Count > 0);
    }

    [Fact]
    public async Task ReprocessAll_ProcessesEveryStoredReportAgain()
    {
        await _env.Reports.UploadBlobAsync("f/000.txt", BinaryData.FromBytes(await File.ReadAllBytesAsync(StorageTestEnvironment.Sample("000"))));
        var bytes = (await _env.Reports.GetBlobClient("f/000.txt").DownloadContentAsync()).Value.Content.ToArray();
        await IngestAsync("f/000.txt", bytes);
        var before = await _env.Get<IReportRepository>().GetAsync(TableKeys.ReportId("f/000.txt"));

        var result = await _env.Get<ReportMaintenance>().ReprocessAsync(all: true);

        var after = await _env.Get<IReportRepository>().GetAsync(TableKeys.ReportId("f/000.txt"));
        Assert.Equal(1, result.Processed);
        Assert.NotEqual(before!.ETag, after!.ETag);
    }

    [Fact]
    public async Task IngestAsync_SameBodyYearFromAnotherBlob_IsTheNextVersionAndTakesOverTheIndex()
    {
        // Arrange: the body publishes its 2019 report, then a corrected copy under another name.
        var text = await CrossYearFixtures.Sample002Async();
        await IngestAsync("v/2019.txt", CrossYearFixtures.Bytes(text));

        // Act
        var corrected = await IngestAsync("v/2019-corrected.txt", CrossYearFixtures.Bytes(CrossYearFixtures.NewApplicationsChanged(text)));
        var again = await IngestAsync("v/2019-corrected.txt", CrossYearFixtures.Bytes(CrossYearFixtures.NewApplicationsChanged(text)));
        using (var original = new MemoryStream(CrossYearFixtures.Bytes(text)))
        {
            await _env.Get<IReportIngestion>().IngestAsync("v/2019.txt", original, null, force: true);
        }

        // Assert
        var bodies = _env.Get<IBodyIndex>();
        var versions = await bodies.GetVersionsAsync(corrected.Report.BodyKey, 2019);
        Assert.Equal([(1, TableKeys.ReportId("v/2019.txt")), (2, corrected.Report.Id)], versions.Select(v => (v.Number, v.ReportId)).ToArray());
        Assert.Equal(["natural", "total"], versions[1].Change!.Cells.Select(c => c.Column).ToArray());
        Assert.Contains("version.changed", corrected.Report.FiredRules);
        Assert.False(again.Changed);
        Assert.Equal(corrected.Report.Id, (await bodies.GetAsync(corrected.Report.BodyKey, 2019))!.ReportId);
        var first = await _env.Get<IReportRepository>().GetAsync(TableKeys.ReportId("v/2019.txt"));
        Assert.DoesNotContain("version.changed", first!.FiredRules);
    }

    [Fact]
    public async Task IngestAsync_YearBeforeArrivesLast_RevalidatesTheNextYearOnlyOneHop()
    {
        // Arrange: 2019 and 2020 of one body are stored; 2018 is not yet.
        var text = await CrossYearFixtures.Sample002Async();
        await _env.Reports.UploadBlobAsync("h/2019.txt", BinaryData.FromBytes(CrossYearFixtures.Bytes(text)));
        await _env.Reports.UploadBlobAsync("h/2020.txt", BinaryData.FromBytes(CrossYearFixtures.Bytes(CrossYearFixtures.ForYear(text, 2020))));
        await IngestAsync("h/2019.txt", CrossYearFixtures.Bytes(text));
        await IngestAsync("h/2020.txt", CrossYearFixtures.Bytes(CrossYearFixtures.ForYear(text, 2020)));
        var reports = _env.Get<IReportRepository>();
        var y2019 = await reports.GetAsync(TableKeys.ReportId("h/2019.txt"));
        var y2020 = await reports.GetAsync(TableKeys.ReportId("h/2020.txt"));
        Assert.DoesNotContain("crossyear.carried-over", y2019!.FiredRules);
        Assert.Contains("crossyear.carried-over", y2020!.FiredRules);

        // Act: 2018 arrives (written without 天津市), twice, as a trigger may deliver it.
        var lastYear = CrossYearFixtures.Bytes(CrossYearFixtures.WrittenAs(CrossYearFixtures.ForYear(text, 2018), "静海区人民政府办公室"));
        await IngestAsync("h/2018.txt", lastYear);
        var revalidated = await reports.GetAsync(TableKeys.ReportId("h/2019.txt"));
        await IngestAsync("h/2018.txt", lastYear);

        // Assert: 2019 now has the carried-over findings; 2020 (whose year before did not change) was left alone; the duplicate changed nothing.
        Assert.Contains("crossyear.carried-over", revalidated!.FiredRules);
        Assert.NotEqual(y2019.ETag, revalidated.ETag);
        Assert.Equal(revalidated.ETag, (await reports.GetAsync(TableKeys.ReportId("h/2019.txt")))!.ETag);
        Assert.Equal(y2020.ETag, (await reports.GetAsync(TableKeys.ReportId("h/2020.txt")))!.ETag);
        var all = await _env.Get<Core.Storage.IReportAggregates>().GetAsync("all", "h");
        Assert.Equal(3, all.Counters["reports"]);
        Assert.Equal(2, all.Counters["rule.crossyear.carried-over"]);
    }

    [Fact]
    public async Task IngestAsync_SameDistrictNameInTwoCities_StaysTwoBodies()
    {
        // 桥西区 is a district of both 石家庄市 and 邢台市: a report written without its city cannot say which.
        var text = await CrossYearFixtures.Sample002Async();

        var shijiazhuang = await IngestAsync("hebei/sjz.txt", CrossYearFixtures.Bytes(CrossYearFixtures.WrittenAs(text, "石家庄市桥西区人民政府办公室")));
        var xingtai = await IngestAsync("hebei/xt.txt", CrossYearFixtures.Bytes(CrossYearFixtures.WrittenAs(text, "邢台市桥西区人民政府办公室")));
        var unprefixed = await IngestAsync("hebei/qx.txt", CrossYearFixtures.Bytes(CrossYearFixtures.WrittenAs(CrossYearFixtures.ForYear(text, 2018), "桥西区人民政府办公室")));

        Assert.Equal(["石家庄市桥西区人民政府办公室", "邢台市桥西区人民政府办公室", "桥西区人民政府办公室"], new[] { shijiazhuang, xingtai, unprefixed }.Select(o => o.Report.BodyKey).ToArray());
    }

    [Fact]
    public async Task IngestAsync_PrefixedFormOfAnotherCityAfterTheUnprefixedForm_StaysItsOwnBody()
    {
        // 桥西区 without its city, then 石家庄市桥西区 (linked to it), then 邢台市桥西区: it does not fit the 石家庄 form, so it is not linked.
        var text = await CrossYearFixtures.Sample002Async();

        var unprefixed = await IngestAsync("hebei/qx.txt", CrossYearFixtures.Bytes(CrossYearFixtures.WrittenAs(CrossYearFixtures.ForYear(text, 2018), "桥西区人民政府办公室")));
        var shijiazhuang = await IngestAsync("hebei/sjz.txt", CrossYearFixtures.Bytes(CrossYearFixtures.WrittenAs(text, "石家庄市桥西区人民政府办公室")));
        var xingtai = await IngestAsync("hebei/xt.txt", CrossYearFixtures.Bytes(CrossYearFixtures.WrittenAs(text, "邢台市桥西区人民政府办公室")));

        Assert.Equal(["桥西区人民政府办公室", "桥西区人民政府办公室", "邢台市桥西区人民政府办公室"], new[] { unprefixed, shijiazhuang, xingtai }.Select(o => o.Report.BodyKey).ToArray());
        Assert.Contains("crossyear.carried-over", shijiazhuang.Report.FiredRules);
        Assert.DoesNotContain("crossyear.carried-over", xingtai.Report.FiredRules);
    }

    [Fact]
    public async Task IngestAsync_SameBlobChangedBackToItsFirstContent_IsAThirdVersionAndTheIndexFollows()
    {
        var text = await CrossYearFixtures.Sample002Async();
        await IngestAsync("w/2019.txt", CrossYearFixtures.Bytes(text));
        await IngestAsync("w/2019.txt", CrossYearFixtures.Bytes(CrossYearFixtures.NewApplicationsChanged(text)));

        var back = await IngestAsync("w/2019.txt", CrossYearFixtures.Bytes(text));

        var versions = await _env.Get<IBodyIndex>().GetVersionsAsync(back.Report.BodyKey, 2019);
        Assert.Equal([1, 2, 3], versions.Select(v => v.Number).ToArray());
        Assert.Equal(("9", "5"), (versions[2].Change!.Cells[0].Before, versions[2].Change!.Cells[0].After));
        Assert.Contains("version.changed", back.Report.FiredRules);
        Assert.Equal(5, (await _env.Get<IBodyIndex>().GetAsync(back.Report.BodyKey, 2019))!.KeyFigures.Application("new"));
    }

    [Fact]
    public async Task IngestAsync_ChangedReportStoredBeforeVersionsWereKept_TakesTheStoredOneAsVersionOne()
    {
        // Arrange: a report stored as before versions were kept: its version row removed, only the body-year entry left.
        var text = await CrossYearFixtures.Sample002Async();
        var first = await IngestAsync("old/2019.txt", CrossYearFixtures.Bytes(text));
        var index = _env.Table(TableKeys.BodyIndex);
        var versionRows = await index.QueryAsync<TableEntity>(e => e.PartitionKey == first.Report.BodyKey && e.RowKey.CompareTo("2019~v") > 0).ToListAsync();
        Assert.Single(versionRows);
        await index.DeleteEntityAsync(versionRows[0].PartitionKey, versionRows[0].RowKey);

        // Act
        var changed = await IngestAsync("old/2019.txt", CrossYearFixtures.Bytes(CrossYearFixtures.NewApplicationsChanged(text)));

        // Assert
        var versions = await _env.Get<IBodyIndex>().GetVersionsAsync(changed.Report.BodyKey, 2019);
        Assert.Equal([(1, first.Report.ContentHash), (2, changed.Report.ContentHash)], versions.Select(v => (v.Number, v.ContentHash)).ToArray());
        Assert.Equal(["natural", "total"], versions[1].Change!.Cells.Select(c => c.Column).ToArray());
        Assert.Contains("version.changed", changed.Report.FiredRules);
        Assert.NotNull(await _env.Get<IParsedReportStore>().GetAsync(versions[0].ParsedId));
    }
}
