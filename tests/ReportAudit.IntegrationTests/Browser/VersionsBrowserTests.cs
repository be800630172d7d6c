using ReportAudit.Core.Ingestion;

namespace ReportAudit.IntegrationTests.Browser;

[Trait("Category", "Browser")]
public sealed class VersionsBrowserTests(LocalRunnerFixture runner) : IClassFixture<LocalRunnerFixture>
{
    [Fact]
    public async Task ReportView_SecondVersion_ListsTheVersionsAndTheChangedCells()
    {
        // Arrange: a body's 2019 report, then the same blob with 本年新收 corrected (a body of its own: the runner holds sample 002 already).
        var text = CrossYearFixtures.WrittenAs(await CrossYearFixtures.Sample002Async(), "天津市宝坻区人民政府办公室");
        var ingestion = runner.Get<IReportIngestion>();
        using (var first = new MemoryStream(CrossYearFixtures.Bytes(text)))
        {
            await ingestion.IngestAsync("baodi/2019.txt", first, null);
        }

        IngestionOutcome second;
        using (var corrected = new MemoryStream(CrossYearFixtures.Bytes(CrossYearFixtures.NewApplicationsChanged(text))))
        {
            second = await ingestion.IngestAsync("baodi/2019.txt", corrected, null);
        }

        await using var browser = await BrowserSession.StartAsync();

        // Act
        await browser.Page.GotoAsync(new Uri(runner.BaseAddress, $"/?code={LocalRunnerFixture.Key}#/report/{second.Report.Id}").ToString());
        await browser.Page.WaitForSelectorAsync("[data-testid=versions]");

        // Assert
        var versions = await browser.Page.InnerTextAsync("[data-testid=versions]");
        Assert.Contains("第 2 版", versions, StringComparison.Ordinal);
        Assert.Contains("本版", versions, StringComparison.Ordinal);
        Assert.Contains("一、本年新收政府信息公开申请数量 · 自然人：5 → 9", versions, StringComparison.Ordinal);
        Assert.Contains("version.changed", string.Join('\n', await browser.Page.Locator("[data-testid=finding]").AllInnerTextsAsync()), StringComparison.Ordinal);
        Assert.Empty(browser.Dialogs);
    }
}
