using System.Text.Json.Nodes;
using Microsoft.Playwright;
using ReportAudit.Core.Storage.Tables;

namespace ReportAudit.IntegrationTests.Browser;

[Trait("Category", "Browser")]
public sealed class DashboardBrowserTests(LocalRunnerFixture runner) : IClassFixture<LocalRunnerFixture>
{
    [Fact]
    public async Task Dashboard_WithSamples_ShowsTheNumbersAndDrillsIntoAFailingReport()
    {
        await using var browser = await BrowserSession.StartAsync();
        var page = browser.Page;

        await page.GotoAsync(new Uri(runner.BaseAddress, "/?code=" + LocalRunnerFixture.Key).ToString());
        await page.WaitForSelectorAsync("[data-testid=body-row]");

        Assert.Contains("5", await page.InnerTextAsync("[data-testid=card-reports] .card-value"), StringComparison.Ordinal);
        Assert.Equal("1", (await page.InnerTextAsync("[data-testid=card-failed] .card-value")).Trim());
        Assert.Equal(5, await page.Locator("[data-testid=body-row]").CountAsync());
        Assert.True(await page.Locator("[data-testid=chart-rules] [data-rule='template.outdated']").CountAsync() > 0);
        Assert.Contains("350", await page.InnerTextAsync("[data-testid=chart-outcomes]"), StringComparison.Ordinal);
        await browser.ScreenshotAsync("dashboard-overview");

        var failing = TableKeys.ReportId(LocalRunnerFixture.SamplePaths["003"]);
        await page.ClickAsync($"[data-testid=body-row][data-report-id='{failing}']");
        await page.WaitForSelectorAsync("[data-testid=report-view] [data-testid=finding]");

        var findings = page.Locator("[data-testid=finding]");
        var texts = string.Join('\n', await findings.AllInnerTextsAsync());
        Assert.Contains("template.outdated", texts, StringComparison.Ordinal);
        Assert.Contains("date.impossible", texts, StringComparison.Ordinal);
        Assert.Contains("2020-01-18", texts, StringComparison.Ordinal);
        Assert.Contains("凉州区城市管理综合执法局", await page.InnerTextAsync("[data-testid=report-body]"), StringComparison.Ordinal);

        // 规章 figures from a district bureau: the row of section 二 is flagged.
        Assert.True(await page.Locator(".cell-flagged[data-cell^='2:regulations']").CountAsync() > 0);
        Assert.Equal("18", (await page.InnerTextAsync("[data-cell='2:licensing:change']")).Trim());
        Assert.True(File.Exists(await browser.ScreenshotAsync("dashboard-report-003")));
        Assert.Empty(browser.Dialogs);
    }

    [Fact]
    public async Task Dashboard_WithoutKey_AsksForIt()
    {
        await using var browser = await BrowserSession.StartAsync();

        await browser.Page.GotoAsync(new Uri(runner.BaseAddress, "/").ToString());
        await browser.Page.WaitForSelectorAsync("[data-testid=auth-error]");

        Assert.Contains("密钥", await browser.Page.InnerTextAsync("[data-testid=auth-error]"), StringComparison.Ordinal);
    }
}
