using System.Text;
using System.Text.Json.Nodes;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using ReportAudit.Core.Api;
using ReportAudit.Core.Ingestion;
using ReportAudit.Core.Reviews;
using ReportAudit.Core.Storage;
using ReportAudit.Core.Storage.Tables;
using ReportAudit.Core.Summaries;

namespace ReportAudit.IntegrationTests;

/// <summary>
/// Issue 15.7: the report detail caps over-long text (<see cref="DetailLimit"/>), and the findings exports read findings
/// one query per page of reports (<see cref="PartitionFilter.ReportsPerQuery"/>), against Azurite.
/// </summary>
[Trait("Category", "Integration")]
public sealed class BoundedDetailAndExportTests : IAsyncLifetime
{
    private readonly StorageTestEnvironment _env = new();

    public Task InitializeAsync() => _env.InitializeAsync();

    public Task DisposeAsync() => _env.DisposeAsync();

    private async Task<string> IngestAsync(string path, byte[] content)
    {
        using var stream = new MemoryStream(content);
        return (await _env.Get<IReportIngestion>().IngestAsync(path, stream, null)).Report.Id;
    }

    /// <summary>
    /// Sample 001 with its 总体情况 narrative pasted again and again into section 一 until it is about 60,000 characters long,
    /// as a CMS does when an editor pastes a whole year's work notes into the report (the table sections stay as printed).
    /// </summary>
    private static byte[] WithLongNarrative(out int pasted)
    {
        var lines = File.ReadAllLines(StorageTestEnvironment.Sample("001"));
        var narrative = string.Join("\n", lines[5..11]);
        var copies = 60_000 / narrative.Length + 1;
        pasted = copies * (narrative.Length + 1);
        var text = string.Join("\n", lines[..11].Concat(Enumerable.Repeat(narrative, copies)).Concat(lines[11..]));
        return Encoding.UTF8.GetBytes(text);
    }

    [Fact]
    public async Task Detail_LongSectionText_IsCutAtTheLimitAndFlagged()
    {
        var id = await IngestAsync("hebei/long.txt", WithLongNarrative(out var pasted));

        var detail = (await _env.Get<ReportQueryService>().GetAsync(id))!;

        Assert.True((bool)detail["truncated"]!);
        Assert.Equal(20_000, (int)detail["maxChars"]!);
        var first = detail["model"]!["sections"]![0]!;
        Assert.Equal(1, (int)first["number"]!);
        Assert.True((bool)first["truncated"]!);
        Assert.Equal(DetailLimit.MaxChars, ((string)first["text"]!).Length);
        var stored = JsonNode.Parse((await _env.Get<IParsedReportStore>().GetAsync(id))!)!["sections"]![0]!;
        var whole = (string)stored["text"]!;
        Assert.True(whole.Length > 40_000, $"the stored section keeps the pasted narrative ({pasted} characters pasted, {whole.Length} kept after whitespace normalisation)");
        Assert.Equal(whole.Length, (int)first["textLength"]!);
        Assert.Equal(whole[..DetailLimit.MaxChars], (string)first["text"]!);
        Assert.StartsWith("2022年,石家莊市人民政府辦公室", (string)first["text"]!, StringComparison.Ordinal);
        Assert.Null(detail["model"]!["sections"]![1]!["truncated"]);
        Assert.Contains("/hebei/long.txt?", (string)detail["originalUrl"]!, StringComparison.Ordinal);
        Assert.Equal(343, (long)detail["model"]!["applications"]!["new"]!["total"]!);
    }

    [Fact]
    public async Task Detail_OrdinaryReport_IsWhole()
    {
        var id = await IngestAsync("hebei/001.txt", File.ReadAllBytes(StorageTestEnvironment.Sample("001")));

        var detail = (await _env.Get<ReportQueryService>().GetAsync(id))!;

        Assert.False((bool)detail["truncated"]!);
        Assert.DoesNotContain("\"truncated\":true", detail["model"]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FindingsCsv_ThirtyTwoReports_EqualsTheFindingsReadReportByReport()
    {
        var sample = File.ReadAllBytes(StorageTestEnvironment.Sample("003"));
        var ids = new List<string>();
        for (var i = 0; i < 32; i++)
        {
            ids.Add(await IngestAsync($"gansu/{i:D2}/003.txt", sample));
        }

        var first = (await _env.Get<IFindingRepository>().GetAsync(ids[0]))[0];
        await _env.Get<FindingReviewService>().ReviewAsync(ids[0], first.Finding.Id, ReviewDecision.Dismissed, "已核实 checked", "tester");

        var (result, body) = await RouteCall.RunAsync(_env.Services, "ExportFindings", new Dictionary<string, string> { ["region"] = "gansu" });

        Assert.Equal(200, result.Status);
        Assert.NotNull(result.Writer);
        var lines = Encoding.UTF8.GetString(body[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var expected = 0;
        foreach (var id in ids)
        {
            var one = await _env.Get<IFindingRepository>().GetAsync(id);
            expected += one.Count;
            Assert.Equal(one.Count, lines.Count(l => l.StartsWith(id + ",", StringComparison.Ordinal)));
        }

        Assert.True(expected >= 64, $"sample 003 has two errors per copy, found {expected} findings in all");
        Assert.Equal(expected + 1, lines.Length);
        Assert.Single(lines, l => l.StartsWith(ids[0] + ",", StringComparison.Ordinal) && l.EndsWith(",dismissed,已核实 checked", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GetMany_ThirtyTwoReports_OneFindingsQueryAndOneReviewsQueryPerFifteen()
    {
        var sample = File.ReadAllBytes(StorageTestEnvironment.Sample("003"));
        var ids = new List<string>();
        for (var i = 0; i < 32; i++)
        {
            ids.Add(await IngestAsync($"gansu/{i:D2}/003.txt", sample));
        }

        var counter = new RequestCounter();
        var options = new TableClientOptions();
        options.AddPolicy(counter, HttpPipelinePosition.PerCall);
        var service = new TableServiceClient(StorageTestEnvironment.Connection, options);
        var storage = new StorageOptions { TablePrefix = _env.Settings["Storage:TablePrefix"]! };
        var repository = new TableFindingRepository(service, storage, new TableReviewStore(service, storage));

        var many = await repository.GetManyAsync(ids);

        Assert.Equal(3 + 3, counter.Requests); // ⌈32 / 15⌉ = 3 pages, a Findings and a Reviews query each
        foreach (var id in ids)
        {
            var one = await _env.Get<IFindingRepository>().GetAsync(id);
            Assert.Equal(one.Select(f => f.Finding.Id), many[id].Select(f => f.Finding.Id));
        }
    }

    private sealed class RequestCounter : HttpPipelineSynchronousPolicy
    {
        private int _requests;

        public int Requests => Volatile.Read(ref _requests);

        public override void OnSendingRequest(HttpMessage message) => Interlocked.Increment(ref _requests);
    }
}
