using System.Text.Json.Nodes;
using ReportAudit.Core.Storage;
using ReportAudit.Core.Storage.Tables;

namespace ReportAudit.IntegrationTests;

/// <summary>Cross-year checks and versions through the WebJobs SDK's blob trigger in the local runner, in the order users drop files.</summary>
[Trait("Category", "Integration")]
public sealed class CrossYearPipelineTests(LocalRunnerFixture runner) : IClassFixture<LocalRunnerFixture>
{
    [Fact]
    public async Task Upload_LastYearAfterThisYear_RevalidatesThisYearWithCrossYearFindings()
    {
        // Arrange: 2019 first; its 上年结转 cannot be checked yet. (A body of its own: the runner holds sample 002 already.)
        var text = CrossYearFixtures.WrittenAs(await CrossYearFixtures.Sample002Async(), "天津市宁河区人民政府办公室");
        await runner.Storage.Reports.UploadBlobAsync("ninghe/2019.txt", BinaryData.FromBytes(CrossYearFixtures.Bytes(text)));
        var thisYear = TableKeys.ReportId("ninghe/2019.txt");
        var before = await PollAsync(() => runner.Get<IReportRepository>().GetAsync(thisYear), r => r is not null);
        Assert.DoesNotContain("crossyear.carried-over", before!.FiredRules);

        // Act: the 2018 report arrives later, its body written in traditional characters and without 天津市.
        var lastYearText = CrossYearFixtures.ForYear(text, 2018).Replace("天津市宁河区人民政府办公室", "寧河區人民政府辦公室", StringComparison.Ordinal);
        await runner.Storage.Reports.UploadBlobAsync("ninghe/2018.txt", BinaryData.FromBytes(CrossYearFixtures.Bytes(lastYearText)));

        // Assert: 2019 is validated again against 2018's 结转下年度 (1) and its 上年结转 (0) disagrees.
        var after = await PollAsync(() => runner.Get<IReportRepository>().GetAsync(thisYear), r => r!.FiredRules.Contains("crossyear.carried-over"));
        var lastYear = await runner.Get<IReportRepository>().GetAsync(TableKeys.ReportId("ninghe/2018.txt"));
        Assert.Equal(("寧河區人民政府辦公室", 2018), (lastYear!.Body, lastYear.Year));
        Assert.Equal(after!.BodyKey, lastYear.BodyKey);
        Assert.Equal("天津市宁河区人民政府办公室", after.BodyKey);
        var carried = (await runner.Get<IFindingRepository>().GetAsync(thisYear)).Where(f => f.Finding.RuleId == "crossyear.carried-over").ToList();
        Assert.Equal(new[] { "natural", "total" }, carried.Select(f => f.Finding.Column ?? string.Empty).Order().ToArray());
        Assert.All(carried, f => Assert.Equal(("1", "0"), (f.Finding.Expected, f.Finding.Actual)));
        var years = await runner.Get<IBodyIndex>().GetBodyAsync(after.BodyKey);
        Assert.Equal(new[] { 2018, 2019 }, years.Select(e => e.Year).ToArray());
        var aggregates = await runner.Get<Core.Storage.IReportAggregates>().GetAsync("2019", "ninghe");
        Assert.Equal(1, aggregates.Counters["reports"]);
        Assert.Equal(1, aggregates.Counters["rule.crossyear.carried-over"]);
    }

    [Fact]
    public async Task Upload_SameBlobOverwrittenWithChangedCells_IsANewVersionWithTheChangesListed()
    {
        // Arrange (a body of its own: the runner holds sample 002 already)
        var text = CrossYearFixtures.WrittenAs(await CrossYearFixtures.Sample002Async(), "天津市武清区人民政府办公室");
        var path = "wuqing/2019.txt";
        var id = TableKeys.ReportId(path);
        await runner.Storage.Reports.UploadBlobAsync(path, BinaryData.FromBytes(CrossYearFixtures.Bytes(text)));
        var first = await PollAsync(() => runner.Get<IReportRepository>().GetAsync(id), r => r is not null);

        // Act: the body corrects its published report in place.
        await runner.Storage.Reports.GetBlobClient(path).UploadAsync(BinaryData.FromBytes(CrossYearFixtures.Bytes(CrossYearFixtures.NewApplicationsChanged(text))), overwrite: true);
        var second = await PollAsync(() => runner.Get<IReportRepository>().GetAsync(id), r => r!.ContentHash != first!.ContentHash);

        // Assert
        Assert.Contains("version.changed", second!.FiredRules);
        var finding = (await runner.Get<IFindingRepository>().GetAsync(id)).Single(f => f.Finding.RuleId == "version.changed").Finding;
        Assert.Contains("第三部分“一、本年新收政府信息公开申请数量 · 自然人”由“5”改为“9”", finding.MessageZh, StringComparison.Ordinal);
        Assert.Contains("第三部分“一、本年新收政府信息公开申请数量 · 总计”由“5”改为“9”", finding.MessageZh, StringComparison.Ordinal);
        Assert.Equal(("1", "2"), (finding.Expected, finding.Actual));

        var versions = await runner.Get<IBodyIndex>().GetVersionsAsync(second.BodyKey, 2019);
        Assert.Equal([1, 2], versions.Select(v => v.Number).ToArray());
        Assert.Equal([first!.ContentHash, second.ContentHash], versions.Select(v => v.ContentHash).ToArray());
        Assert.Null(versions[0].Change);
        Assert.Equal(
            [("applications", "new", "natural", "5", "9"), ("applications", "new", "total", "5", "9")],
            versions[1].Change!.Cells.Select(c => (c.Table, c.Row, c.Column, c.Before, c.After)).ToArray());
        var kept = JsonNode.Parse((await runner.Get<IParsedReportStore>().GetAsync(versions[0].ParsedId))!)!;
        Assert.Equal(5, (int)kept["applications"]!["new"]!["natural"]!);

        using var client = runner.Client();
        var detail = JsonNode.Parse(await client.GetStringAsync(new Uri($"/api/reports/{id}", UriKind.Relative)))!;
        var listed = detail["versions"]!.AsArray();
        Assert.Equal(2, listed.Count);
        Assert.True((bool)listed[1]!["isThis"]!);
        Assert.Equal("一、本年新收政府信息公开申请数量 · 自然人", (string?)listed[1]!["changedCells"]![0]!["label"]);
    }

    /// <summary>The trigger works asynchronously: poll for up to 30 s until the condition holds.</summary>
    private static async Task<T?> PollAsync<T>(Func<Task<T?>> read, Func<T?, bool> done)
    {
        T? value = default;
        for (var i = 0; i < 120; i++)
        {
            value = await read();
            if (value is not null && done(value))
            {
                return value;
            }

            await Task.Delay(250);
        }

        Assert.Fail($"condition not met within 30 s; last value: {value}");
        return value;
    }
}
