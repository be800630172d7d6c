using ReportAudit.Core.Ingestion;

namespace ReportAudit.IntegrationTests.Browser;

/// <summary>
/// The body view's year over year: a body's 2019 report and its 2020 report (本年新收 自然人 5 → 9, the text otherwise the
/// same but for the year) side by side, the changed cells highlighted and each section's similarity to the year before.
/// </summary>
[Trait("Category", "Browser")]
public sealed class YearOverYearBrowserTests(LocalRunnerFixture runner) : IClassFixture<LocalRunnerFixture>
{
    [Fact]
    public async Task BodyView_TwoYears_HighlightsTheChangedCellsAndShowsSectionSimilarity()
    {
        var text = CrossYearFixtures.WrittenAs(await CrossYearFixtures.Sample002Async(), "天津市宁河区人民政府办公室");
        var ingestion = runner.Get<IReportIngestion>();
        using (var first = new MemoryStream(CrossYearFixtures.Bytes(text)))
        {
            await ingestion.IngestAsync("ninghe/2019.txt", first, null);
        }

        IngestionOutcome second;
        using (var next = new MemoryStream(CrossYearFixtures.Bytes(CrossYearFixtures.NewApplicationsChanged(CrossYearFixtures.ForYear(text, 2020)))))
        {
            second = await ingestion.IngestAsync("ninghe/2020.txt", next, null);
        }

        await using var browser = await BrowserSession.StartAsync();
        var page = browser.Page;
        await page.GotoAsync(new Uri(runner.BaseAddress, $"/?code={LocalRunnerFixture.Key}#/body/{Uri.EscapeDataString(second.Report.BodyKey)}").ToString());
        await page.WaitForSelectorAsync("[data-testid=year-over-year] [data-testid=yoy-cells]");

        const string NewNatural = "[data-testid=yoy-cell][data-table=applications][data-row=new][data-column=natural]";
        Assert.Equal("5", (await page.InnerTextAsync($"{NewNatural}[data-year='2019']")).Trim());
        Assert.Null(await page.GetAttributeAsync($"{NewNatural}[data-year='2019']", "data-changed"));
        Assert.Equal("9", (await page.InnerTextAsync($"{NewNatural}[data-year='2020']")).Trim());
        Assert.Equal("true", await page.GetAttributeAsync($"{NewNatural}[data-year='2020']", "data-changed"));
        Assert.Contains("yoy-changed", await page.GetAttributeAsync($"{NewNatural}[data-year='2020']", "class"), StringComparison.Ordinal);
        Assert.Equal("较 2019 年度 from 5 → 9", await page.GetAttributeAsync($"{NewNatural}[data-year='2020']", "title"));
        var carriedOut = "[data-testid=yoy-cell][data-table=applications][data-row=carried_out][data-column=natural][data-year='2020']";
        Assert.Null(await page.GetAttributeAsync(carriedOut, "data-changed"));
        Assert.Equal(2, await page.Locator("[data-testid=yoy-cell][data-changed=true]").CountAsync());
        Assert.Contains("较上年变化 2 格", await page.InnerTextAsync("[data-testid=yoy-changed-count]"), StringComparison.Ordinal);

        // 一、总体情况: only the year changed in the text, and figures are not counted: the same wording as the year before.
        var overall = "[data-testid=yoy-sections] tr[data-section='1'] [data-testid=yoy-similarity]";
        Assert.Equal(["—", "100%"], (await page.Locator(overall).AllInnerTextsAsync()).Select(t => t.Trim()));
        Assert.Contains("yoy-similar", await page.GetAttributeAsync($"{overall}[data-year='2020']", "class"), StringComparison.Ordinal);

        // Only the rows that changed: 本年新收 is shown, 结转下年度 is not.
        await page.CheckAsync("[data-testid=yoy-only-changed]");
        Assert.True(await page.IsVisibleAsync($"{NewNatural}[data-year='2020']"));
        Assert.False(await page.IsVisibleAsync(carriedOut));
        await page.UncheckAsync("[data-testid=yoy-only-changed]");
        await page.Locator($"{NewNatural}[data-year='2020']").ScrollIntoViewIfNeededAsync();
        await browser.ScreenshotAsync("body-year-over-year");
        Assert.Empty(browser.Dialogs);
    }
}
