using DocumentFormat.OpenXml.Packaging;
using ReportAudit.Core.Storage.Tables;

namespace ReportAudit.IntegrationTests.Browser;

/// <summary>The report view's 整改通知 button: offered once a finding is confirmed, and it downloads the Word document.</summary>
[Trait("Category", "Browser")]
public sealed class NoticeBrowserTests(LocalRunnerFixture runner) : IClassFixture<LocalRunnerFixture>
{
    [Fact]
    public async Task ReportView_ConfirmingAFinding_OffersTheNoticeWhichDownloadsAsWord()
    {
        await using var browser = await BrowserSession.StartAsync();
        var page = browser.Page;
        var id = TableKeys.ReportId(LocalRunnerFixture.SamplePaths["003"]);
        await page.GotoAsync(new Uri(runner.BaseAddress, $"/?code={LocalRunnerFixture.Key}#/report/{id}").ToString());
        await page.WaitForSelectorAsync("[data-testid=report-view] [data-testid=finding]");

        Assert.Equal("span", await page.EvalOnSelectorAsync<string>("[data-testid=notice-link]", "e => e.tagName.toLowerCase()"));

        await page.ClickAsync("[data-testid=finding][data-rule='template.outdated'] [data-action=confirm]");
        await page.WaitForSelectorAsync("a[data-testid=notice-link]");
        await browser.ScreenshotAsync("notice-button");
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("a[data-testid=notice-link]"));
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".docx");
        await download.SaveAsAsync(path);

        try
        {
            using var document = WordprocessingDocument.Open(path, false);
            var text = document.MainDocumentPart!.Document!.Body!.InnerText;
            Assert.Contains("凉州区城市管理综合执法局：", text, StringComparison.Ordinal);
            Assert.Contains("2021 年度报告使用了 2019 年版模板", text, StringComparison.Ordinal);
            Assert.DoesNotContain("2020-01-18", text, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }

        Assert.Empty(browser.Dialogs);
    }
}
