using Azure.Data.Tables;
using ReportAudit.Core.Ingestion;
using ReportAudit.Core.Storage;
using ReportAudit.Core.Storage.Tables;
using ReportAudit.Core.Summaries;

namespace ReportAudit.IntegrationTests.Faults;

/// <summary>
/// The body index lists every report of a body-year (versions and duplicates), a blob overwritten with another body
/// leaves its old body, and the body-year's current report (the one the next year is compared with) does not depend
/// on the order the reports were processed in. Made from sample 002 (天津市静海区人民政府办公室, 2019) as in
/// <see cref="CrossYearFixtures"/>.
/// </summary>
[Trait("Category", "Faults")]
public sealed class BodyIndexPerReportTests : IAsyncLifetime
{
    private readonly StorageTestEnvironment _env = new();

    public Task InitializeAsync() => _env.InitializeAsync();

    public Task DisposeAsync() => _env.DisposeAsync();

    [Fact]
    public async Task TwoCopiesOfOneReport_AreBothListed_AndTheCurrentOneDoesNotDependOnTheOrder()
    {
        var text = CrossYearFixtures.Bytes(await CrossYearFixtures.Sample002Async());
        var one = await IngestAsync("d/one.txt", text);
        await IngestAsync("d/two.txt", text);
        var bodies = _env.Get<IBodyIndex>();
        var currentBefore = (await bodies.GetAsync(one.Report.BodyKey, 2019))!.ReportId;

        // The first copy processed again (a retry, a reprocess): last processed, but not made current by that.
        await ForceAsync("d/one.txt", text);

        var listed = await bodies.GetReportsAsync(one.Report.BodyKey);
        var smaller = new[] { TableKeys.ReportId("d/one.txt"), TableKeys.ReportId("d/two.txt") }.Min(StringComparer.Ordinal)!;
        Assert.Equal(2, listed.Count);
        Assert.Equal(["d/one.txt", "d/two.txt"], listed.Select(r => r.BlobPath).Order(StringComparer.Ordinal).ToArray());
        Assert.All(listed, r => Assert.Equal((2019, 1), (r.Year, r.Version)));
        Assert.Equal(smaller, Assert.Single(listed, r => r.Current).ReportId);
        Assert.Equal(smaller, currentBefore);
        Assert.Equal(smaller, (await bodies.GetAsync(one.Report.BodyKey, 2019))!.ReportId);

        // The body page lists both under the year, beside the year's current report.
        var page = await _env.Get<ReportQueryService>().GetBodyAsync(CrossYearFixtures.Body);
        var year = page!["years"]!.AsArray().Single()!;
        Assert.Equal(smaller, (string?)year["reportId"]);
        Assert.Equal(2, year["reports"]!.AsArray().Count);
        Assert.Equal(1, year["reports"]!.AsArray().Count(r => (bool)r!["current"]!));
    }

    [Fact]
    public async Task CorrectedReport_IsCurrent_EvenWhenTheOriginalIsProcessedAfterIt_AndThePreviousYearLookupReadsIt()
    {
        var text = await CrossYearFixtures.Sample002Async();
        var original = CrossYearFixtures.Bytes(CrossYearFixtures.ForYear(text, 2018));
        await IngestAsync("p/2018.txt", original);
        var corrected = await IngestAsync("p/2018-corrected.txt", CrossYearFixtures.Bytes(CrossYearFixtures.NewApplicationsChanged(CrossYearFixtures.ForYear(text, 2018))));

        await ForceAsync("p/2018.txt", original);

        var bodies = _env.Get<IBodyIndex>();
        var current = await bodies.GetAsync(corrected.Report.BodyKey, 2018);
        var listed = (await bodies.GetReportsAsync(corrected.Report.BodyKey)).Where(r => r.Year == 2018).ToList();
        Assert.Equal(corrected.Report.Id, current!.ReportId);
        Assert.Equal(9, current.KeyFigures.Application("new"));
        Assert.Equal(corrected.Report.Id, (await bodies.FindAsync(corrected.Report.BodyKey, 2018))!.ReportId);
        Assert.Equal([(corrected.Report.Id, 2, true), (TableKeys.ReportId("p/2018.txt"), 1, false)], listed.Select(r => (r.ReportId, r.Version, r.Current)).ToArray());
    }

    [Fact]
    public async Task BlobOverwrittenWithAnotherBody_LeavesItsOldBody()
    {
        var text = await CrossYearFixtures.Sample002Async();
        var before = await IngestAsync("o/x.txt", CrossYearFixtures.Bytes(text));
        await IngestAsync("o/y.txt", CrossYearFixtures.Bytes(CrossYearFixtures.NewApplicationsChanged(text)));

        var after = await IngestAsync("o/x.txt", CrossYearFixtures.Bytes(CrossYearFixtures.WrittenAs(text, "邢台市桥西区人民政府办公室")));

        var bodies = _env.Get<IBodyIndex>();
        var left = await bodies.GetReportsAsync(before.Report.BodyKey);
        Assert.Equal("邢台市桥西区人民政府办公室", after.Report.BodyKey);
        Assert.Equal([TableKeys.ReportId("o/y.txt")], left.Select(r => r.ReportId).ToArray());
        Assert.Equal(TableKeys.ReportId("o/y.txt"), (await bodies.GetAsync(before.Report.BodyKey, 2019))!.ReportId);
        Assert.Equal([after.Report.Id], (await bodies.GetReportsAsync(after.Report.BodyKey)).Select(r => r.ReportId).ToArray());

        // Overwritten again with the other body's copy's figures but its own body: the old body loses its last report.
        await IngestAsync("o/y.txt", CrossYearFixtures.Bytes(CrossYearFixtures.WrittenAs(text, "邢台市桥西区人民政府办公室")));
        Assert.Empty(await bodies.GetReportsAsync(before.Report.BodyKey));
        Assert.Null(await bodies.GetAsync(before.Report.BodyKey, 2019));
        Assert.Empty(await bodies.GetBodyAsync(before.Report.BodyKey));
        Assert.Equal(2, (await bodies.GetReportsAsync(after.Report.BodyKey)).Count);
    }

    [Fact]
    public async Task YearRowWrittenBeforeReportRows_IsListed_AndKeptWhenAnotherReportOfTheYearArrives()
    {
        // A body-year stored by the earlier index: its year row only, without the fields per-report rows carry.
        var text = await CrossYearFixtures.Sample002Async();
        var first = await IngestAsync("m/2019.txt", CrossYearFixtures.Bytes(text));
        var index = _env.Table(TableKeys.BodyIndex);
        await index.DeleteEntityAsync(first.Report.BodyKey, "2019-" + first.Report.Id);
        var year = (await index.GetEntityAsync<TableEntity>(first.Report.BodyKey, "2019")).Value;
        foreach (var added in new[] { "BlobPath", "PublishedOn", "Version" })
        {
            year.Remove(added);
        }

        await index.UpsertEntityAsync(year, TableUpdateMode.Replace);
        var bodies = _env.Get<IBodyIndex>();
        var legacy = await bodies.GetReportsAsync(first.Report.BodyKey);

        var corrected = await IngestAsync("m/2019-corrected.txt", CrossYearFixtures.Bytes(CrossYearFixtures.NewApplicationsChanged(text)));

        var listed = await bodies.GetReportsAsync(first.Report.BodyKey);
        Assert.Equal([(first.Report.Id, true)], legacy.Select(r => (r.ReportId, r.Current)).ToArray());
        Assert.Equal([(corrected.Report.Id, 2, true), (first.Report.Id, 1, false)], listed.Select(r => (r.ReportId, r.Version, r.Current)).ToArray());
    }

    private async Task<IngestionOutcome> IngestAsync(string path, byte[] bytes)
    {
        var uploaded = await _env.Reports.GetBlobClient(path).UploadAsync(BinaryData.FromBytes(bytes), overwrite: true);
        return await _env.Get<IReportIngestion>().IngestAsync(path, new MemoryStream(bytes), uploaded.Value.ETag.ToString());
    }

    private async Task ForceAsync(string path, byte[] bytes) =>
        await _env.Get<IReportIngestion>().IngestAsync(path, new MemoryStream(bytes), null, force: true);
}
