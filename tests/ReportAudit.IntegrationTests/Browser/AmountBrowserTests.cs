using ReportAudit.Core.Ingestion;
using ReportAudit.Core.Storage.Tables;

namespace ReportAudit.IntegrationTests.Browser;

/// <summary>Issue 12.5 in the dashboard: an amount is shown with its unit (8.74万元), never as a bare number, and summed in 元.</summary>
[Trait("Category", "Browser")]
public sealed class AmountBrowserTests(LocalRunnerFixture runner) : IClassFixture<LocalRunnerFixture>
{
    private const string WanHeaderPath = "amounts/wan-header.html";

    private async Task IngestWanHeaderAsync()
    {
        await using var stream = File.OpenRead(AmountStorageTests.AmountFixture("002.wan-header.word.html"));
        await runner.Get<IReportIngestion>().IngestAsync(WanHeaderPath, stream, null);
    }

    [Fact]
    public async Task Report_AmountUnderAWanHeader_IsShownWithItsUnitAndSummedInYuan()
    {
        await IngestWanHeaderAsync();
        await using var browser = await BrowserSession.StartAsync();
        var page = browser.Page;

        await page.GotoAsync(new Uri(runner.BaseAddress, $"/?code={LocalRunnerFixture.Key}#/report/{TableKeys.ReportId(WanHeaderPath)}").ToString());
        await page.WaitForSelectorAsync("[data-cell='2:procurement:amount']");

        var cell = page.Locator("[data-cell='2:procurement:amount']");
        Assert.Equal("8.74万元", (await cell.InnerTextAsync()).Trim());
        Assert.Contains("87,400", await cell.GetAttributeAsync("title") ?? string.Empty, StringComparison.Ordinal);

        await page.GotoAsync(new Uri(runner.BaseAddress, $"/?code={LocalRunnerFixture.Key}#/").ToString());
        await page.WaitForSelectorAsync("[data-testid=amounts-summary]");
        var row = page.Locator("[data-testid=amounts-summary] tr[data-amount='procurement.amount']");
        var text = await row.InnerTextAsync();
        Assert.Contains("87,400元", text, StringComparison.Ordinal); // samples 002 and 003 state 0, the variant 8.74万元
        Assert.Equal("3", (await row.Locator("td").Nth(1).InnerTextAsync()).Trim());
        Assert.Empty(browser.Dialogs);
    }
}
