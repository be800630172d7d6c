using System.Text;
using System.Text.Json.Nodes;
using ReportAudit.Core.Api;
using ReportAudit.Core.Ingestion;
using ReportAudit.Core.Storage;
using ReportAudit.Core.Storage.Tables;
using ReportAudit.Core.Summaries;

namespace ReportAudit.IntegrationTests;

/// <summary>Issue 12.5 against Azurite: an amount keeps its unit and 元 value in the Reports table, the parsed blob and the CSV export.</summary>
[Trait("Category", "Integration")]
public sealed class AmountStorageTests : IAsyncLifetime
{
    private readonly StorageTestEnvironment _env = new();

    public Task InitializeAsync() => _env.InitializeAsync();

    public Task DisposeAsync() => _env.DisposeAsync();

    private async Task<StoredReport> IngestAsync(string path, string fixture)
    {
        using var stream = new MemoryStream(await File.ReadAllBytesAsync(AmountFixture(fixture)));
        await _env.Get<IReportIngestion>().IngestAsync(path, stream, "\"etag\"");
        return (await _env.Get<IReportRepository>().GetAsync(TableKeys.ReportId(path)))!;
    }

    [Fact]
    public async Task IngestAsync_AmountUnderAWanHeader_StoresUnitAndYuan()
    {
        var stored = await IngestAsync("amounts/wan.html", "002.wan-header.word.html");

        var amount = Assert.NotNull(stored.Figures.AmountOf("procurement.amount"));
        Assert.Equal((8.74m, "万元", "8.74", 87400m), (amount.Value, amount.Unit, amount.Raw, amount.Yuan));
        var parsed = JsonNode.Parse((await _env.Get<IParsedReportStore>().GetAsync(stored.Id))!)!;
        var compact = parsed["activeDisclosure"]!["procurement"]!["amount"]!;
        Assert.Equal(("万元", "8.74", 87400m), ((string?)compact["unit"], (string?)compact["raw"], (decimal)compact["yuan"]!));
        var detailed = parsed["cells"]!["activeDisclosure"]!["procurement"]!["amount"]!;
        Assert.Equal(("万元", "header"), ((string?)detailed["unit"], (string?)detailed["unitSource"]));
    }

    [Fact]
    public async Task ExportReports_Amounts_KeepTheirUnitAndValueInYuan()
    {
        await IngestAsync("amounts/yuan.html", "002.yuan-in-cell.cms.html");
        await IngestAsync("amounts/wan.html", "002.wan-header.word.html");
        await IngestAsync("amounts/none.txt", "002.no-unit.txt");

        var result = await _env.Get<ReportApi>().ExportReportsAsync(name => name == "region" ? "amounts" : null);
        using var written = new MemoryStream();
        await result.Writer!(written, CancellationToken.None);

        var lines = Encoding.UTF8.GetString(written.ToArray()[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.EndsWith("采购总金额 procurement amount,采购总金额单位 procurement amount unit,采购总金额折合元 procurement amount in 元,本年收费金额 fees amount,本年收费金额单位 fees amount unit,本年收费金额折合元 fees amount in 元", lines[0], StringComparison.Ordinal);
        Assert.Equal(4, lines.Length);
        Assert.Contains(lines, l => l.Contains("amounts/yuan.html", StringComparison.Ordinal) && l.EndsWith(",75394432.52元,元,75394432.52,,,", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("amounts/wan.html", StringComparison.Ordinal) && l.EndsWith(",8.74万元,万元,87400,,,", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("amounts/none.txt", StringComparison.Ordinal) && l.EndsWith(",75394432.52,,,,,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Summary_Amounts_AreSummedInYuanAcrossUnits()
    {
        await IngestAsync("amounts/yuan.html", "002.yuan-in-cell.cms.html");
        await IngestAsync("amounts/wan.html", "002.wan-header.word.html");
        await IngestAsync("amounts/none.txt", "002.no-unit.txt");

        var summary = await _env.Get<SummaryService>().GetAsync(null, "amounts");

        var procurement = summary["statistics"]!["amounts"]!["procurement.amount"]!;
        Assert.Equal(75481832.52m, (decimal)procurement["yuan"]!); // 75394432.52 元 + 8.74 万元
        Assert.Equal(2, (long)procurement["reports"]!);
        Assert.Equal(1, (long)procurement["noUnit"]!);
    }

    /// <summary>A fixture of <c>ReportAudit.Core.Tests/Fixtures/amounts</c>.</summary>
    internal static string AmountFixture(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Serverless.sln")))
            {
                return Path.Combine(dir.FullName, "tests", "ReportAudit.Core.Tests", "Fixtures", "amounts", name);
            }
        }

        throw new InvalidOperationException("Serverless.sln not found");
    }
}
