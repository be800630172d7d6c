using ReportAudit.Core.Storage.Tables;

namespace ReportAudit.IntegrationTests.Browser;

/// <summary>
/// Rectification tracking in the dashboard: confirming a finding shows it confirmed, downloading the 整改通知 moves it to
/// notified with its reply deadline and history, and the overview counts it for its body and region.
/// </summary>
[Trait("Category", "Browser")]
public sealed class TrackingBrowserTests(LocalRunnerFixture runner) : IClassFixture<LocalRunnerFixture>
{
    private const string Finding = "[data-testid=finding][data-rule='plausibility.regulations-power']";

    [Fact]
    public async Task ConfirmThenNotice_FindingShowsNotifiedWithItsHistoryAndTheOverviewCountsIt()
    {
        await using var browser = await BrowserSession.StartAsync();
        var page = browser.Page;
        var id = TableKeys.ReportId(LocalRunnerFixture.SamplePaths["003"]);
        await page.GotoAsync(new Uri(runner.BaseAddress, $"/?code={LocalRunnerFixture.Key}#/report/{id}").ToString());
        await page.WaitForSelectorAsync($"[data-testid=report-view] {Finding}");
        Assert.Null(await page.QuerySelectorAsync($"{Finding} [data-testid=tracking-state]"));

        await page.ClickAsync($"{Finding} [data-action=confirm]");
        await page.WaitForSelectorAsync($"{Finding} [data-testid=tracking-state][data-state=confirmed]");
        Assert.Equal("已确认 confirmed", (await page.InnerTextAsync($"{Finding} [data-testid=tracking-state]")).Trim());

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("a[data-testid=notice-link]"));
        Assert.EndsWith("整改通知.docx", download.SuggestedFilename, StringComparison.Ordinal);
        await page.WaitForSelectorAsync($"{Finding} [data-testid=tracking-state][data-state=notified]");
        var state = await page.InnerTextAsync($"{Finding} [data-testid=tracking-state]");
        Assert.StartsWith("已通知整改 notified（回复期限 due ", state, StringComparison.Ordinal);
        Assert.Equal("false", await page.GetAttributeAsync($"{Finding} [data-testid=tracking-state]", "data-overdue"));
        var history = await page.Locator($"{Finding} [data-testid=tracking-history] li").AllInnerTextsAsync();
        Assert.Equal(2, history.Count);
        Assert.StartsWith("已确认 confirmed · ", history[0], StringComparison.Ordinal);
        Assert.StartsWith("已通知整改 notified · local-reviewer · ", history[1], StringComparison.Ordinal);

        // A finding nobody reviewed has no tracking state yet.
        Assert.Null(await page.QuerySelectorAsync("[data-testid=finding][data-rule='date.impossible'] [data-testid=tracking-state]"));

        await page.GotoAsync(new Uri(runner.BaseAddress, $"/?code={LocalRunnerFixture.Key}#/?region=samples").ToString());
        var body = "[data-testid=tracking-body][data-body='凉州区城市管理综合执法局']";
        await page.WaitForSelectorAsync(body);
        Assert.Equal("1", (await page.InnerTextAsync($"{body} [data-count=notified]")).Trim());
        Assert.Equal("0", (await page.InnerTextAsync($"{body} [data-count=corrected]")).Trim());
        Assert.Equal("0", (await page.InnerTextAsync($"{body} [data-count=overdue]")).Trim());
        Assert.Equal("1", (await page.InnerTextAsync("[data-testid=tracking-region][data-region=samples] [data-count=notified]")).Trim());
        await browser.ScreenshotAsync("tracking-overview");
        Assert.Empty(browser.Dialogs);
    }
}
