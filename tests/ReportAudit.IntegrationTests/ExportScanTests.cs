using System.Text;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ReportAudit.Core.Hosting;
using ReportAudit.Core.Ingestion;
using ReportAudit.Core.Reviews;
using ReportAudit.Core.Storage;
using ReportAudit.Core.Storage.Tables;

namespace ReportAudit.IntegrationTests;

/// <summary>
/// Issue 15.7: above <see cref="StorageOptions.ExportScanAbove"/> reports the findings exports read the Findings and Reviews
/// tables by one scan each instead of one query per 15 reports. The scan path is forced here with
/// <c>Storage:ExportScanAbove = 0</c> over the same tables, and must give byte for byte the export of the paged path: the five
/// samples, each filed under 甘肃 (gansu) and 河北 (hebei), with reviews (a dismissal whose note needs CSV quoting, a
/// confirmation without a note, and a review of a report outside the selection).
/// </summary>
[Trait("Category", "Integration")]
public sealed class ExportScanTests : IAsyncLifetime
{
    private const string QuotedNote = "已核实，原件如此, 见\"附件二\"";

    private readonly StorageTestEnvironment _env = new();
    private readonly List<string> _gansu = [];
    private readonly List<string> _hebei = [];
    private ServiceProvider _scanning = null!;

    public async Task InitializeAsync()
    {
        await _env.InitializeAsync();
        foreach (var sample in new[] { "000", "001", "002", "003", "004" })
        {
            _gansu.Add(await IngestAsync($"gansu/{sample}/report.txt", sample));
            _hebei.Add(await IngestAsync($"hebei/{sample}/report.txt", sample));
        }

        var reviews = _env.Get<FindingReviewService>();
        var findings = _env.Get<IFindingRepository>();
        var withFindings = new List<(string Report, IReadOnlyList<StoredFinding> Findings)>();
        foreach (var id in _gansu)
        {
            withFindings.Add((id, await findings.GetAsync(id)));
        }

        var reviewed = withFindings.Where(r => r.Findings.Count > 0).ToList();
        Assert.True(reviewed.Count >= 2, "at least two samples have findings");
        await reviews.ReviewAsync(reviewed[0].Report, reviewed[0].Findings[0].Finding.Id, ReviewDecision.Dismissed, QuotedNote, "tester");
        await reviews.ReviewAsync(reviewed[1].Report, reviewed[1].Findings[^1].Finding.Id, ReviewDecision.Confirmed, null, "tester");
        var outside = (await findings.GetAsync(_hebei[_gansu.IndexOf(reviewed[0].Report)]))[0];
        await reviews.ReviewAsync(_hebei[_gansu.IndexOf(reviewed[0].Report)], outside.Finding.Id, ReviewDecision.Dismissed, "河北的复核 outside the selection", "tester");

        // The same tables, read by a second set of services that always takes the scan path.
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(_env.Settings)
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:ExportScanAbove"] = "0" })
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddReportAuditCore(configuration);
        _scanning = services.BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await _scanning.DisposeAsync();
        await _env.DisposeAsync();
    }

    private async Task<string> IngestAsync(string path, string sample)
    {
        await using var content = File.OpenRead(StorageTestEnvironment.Sample(sample));
        return (await _env.Get<IReportIngestion>().IngestAsync(path, content, null)).Report.Id;
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("region", "gansu")]
    [InlineData("sort", "-errors")]
    public async Task FindingsCsv_ScanPath_SameBytesAsPagedPath(string parameter, string value)
    {
        var query = parameter.Length == 0 ? null : new Dictionary<string, string> { [parameter] = value };
        Assert.Equal(2_000, _env.Get<StorageOptions>().ExportScanAbove);
        Assert.Equal(0, _scanning.GetRequiredService<StorageOptions>().ExportScanAbove);

        var (pagedResult, paged) = await RouteCall.RunAsync(_env.Services, "ExportFindings", query);
        var (scannedResult, scanned) = await RouteCall.RunAsync(_scanning, "ExportFindings", query);

        Assert.Equal(200, pagedResult.Status);
        Assert.Equal(200, scannedResult.Status);
        Assert.Equal(Encoding.UTF8.GetString(paged), Encoding.UTF8.GetString(scanned));

        // What both say: every finding of every selected report once, in the reports' order, with its review.
        var lines = Encoding.UTF8.GetString(scanned[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var selected = parameter == "region" ? _gansu : [.. _gansu, .. _hebei];
        var expected = 0;
        foreach (var id in selected)
        {
            var one = await _env.Get<IFindingRepository>().GetAsync(id);
            expected += one.Count;
            Assert.Equal(one.Count, lines.Count(l => l.StartsWith(id + ",", StringComparison.Ordinal)));
        }

        Assert.True(expected >= (parameter == "region" ? 4 : 8), $"the five samples (filed twice without the region filter) have findings, found {expected}");
        Assert.Equal(expected + 1, lines.Length);
        Assert.Single(lines, l => l.EndsWith(",dismissed,\"已核实，原件如此, 见\"\"附件二\"\"\"", StringComparison.Ordinal));
        Assert.Single(lines, l => l.EndsWith(",confirmed,", StringComparison.Ordinal));
        Assert.Equal(parameter == "region" ? 0 : 1, lines.Count(l => l.EndsWith(",河北的复核 outside the selection", StringComparison.Ordinal)));

        var (_, reportsCsv) = await RouteCall.RunAsync(_env.Services, "ExportReports", query);
        var reportOrder = Encoding.UTF8.GetString(reportsCsv[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')[0]).ToList();
        var findingOrder = lines.Skip(1).Select(l => l.Split(',')[0]).Distinct().ToList();
        Assert.Equal(reportOrder.Where(findingOrder.Contains), findingOrder);
    }

    [Fact]
    public async Task FindingsXlsx_ScanPath_SameSheetAsPagedPath()
    {
        var (_, paged) = await RouteCall.RunAsync(_env.Services, "ExportFindingsWorkbook");
        var (_, scanned) = await RouteCall.RunAsync(_scanning, "ExportFindingsWorkbook");

        var pagedSheet = SheetXml(paged);
        Assert.Equal(pagedSheet, SheetXml(scanned));
        Assert.Contains("已核实，原件如此, 见", pagedSheet, StringComparison.Ordinal);
        Assert.Contains("河北的复核 outside the selection", pagedSheet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScanForExport_OneReviewsRequestAndOnePerKeyRange_OnlyTheSelectedReports()
    {
        var counter = new RequestCounter();
        var options = new TableClientOptions();
        options.AddPolicy(counter, HttpPipelinePosition.PerCall);
        var service = new TableServiceClient(StorageTestEnvironment.Connection, options);
        var storage = new StorageOptions { TablePrefix = _env.Settings["Storage:TablePrefix"]! };
        var repository = new TableFindingRepository(service, storage, new TableReviewStore(service, storage));

        var scanned = new List<(string ReportId, StoredFinding Finding)>();
        await foreach (var row in repository.ScanForExportAsync(_gansu.ToHashSet(StringComparer.Ordinal)))
        {
            scanned.Add(row);
        }

        Assert.Equal(1 + 16, counter.Requests); // fewer than 1,000 rows each: one page of Reviews, one per PartitionKey range of Findings
        Assert.All(scanned, r => Assert.Contains(r.ReportId, _gansu));
        foreach (var id in _gansu)
        {
            var one = await _env.Get<IFindingRepository>().GetAsync(id);
            var ofReport = scanned.Where(r => r.ReportId == id).Select(r => r.Finding).ToList();
            Assert.Equal(one.Select(f => f.Finding with { MessageEn = string.Empty, Cells = null }), ofReport.Select(f => f.Finding));
            Assert.Equal(one.Select(f => f.Review), ofReport.Select(f => f.Review));
        }

        Assert.Equal(2, scanned.Count(r => r.Finding.Review is not null));
    }

    private static string SheetXml(byte[] workbook)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(workbook), false);
        using var reader = new StreamReader(document.WorkbookPart!.WorksheetParts.Single().GetStream());
        return reader.ReadToEnd();
    }

    private sealed class RequestCounter : HttpPipelineSynchronousPolicy
    {
        private int _requests;

        public int Requests => Volatile.Read(ref _requests);

        public override void OnSendingRequest(HttpMessage message) => Interlocked.Increment(ref _requests);
    }
}
