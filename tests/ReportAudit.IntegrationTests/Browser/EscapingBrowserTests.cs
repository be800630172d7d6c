using System.Text;
using Microsoft.Playwright;
using ReportAudit.Core.Ingestion;
using ReportAudit.Core.Storage.Tables;

namespace ReportAudit.IntegrationTests.Browser;

[Trait("Category", "Browser")]
public sealed class EscapingBrowserTests(LocalRunnerFixture runner) : IClassFixture<LocalRunnerFixture>
{
    [Fact]
    public async Task Dashboard_ReportWithScriptInItsText_ShowsItAsText()
    {
        const string hostile = "<script>window.__xss=1;alert('xss')</script><img src=x onerror=\"window.__xss=2\">某某局";
        var sample = await File.ReadAllTextAsync(StorageTestEnvironment.Sample("004"));
        var text = hostile + "2023年政府信息公开工作年度报告\n" + sample.Replace("三、收到和处理", "<b onmouseover=alert(3)>x</b>\n三、收到和处理", StringComparison.Ordinal);
        // The parser no longer takes markup in a title line for a body's name, so the hostile name comes the
        // way an uploader sets a body: the blob metadata, which is just as much untrusted text.
        var upload = new UploadedBlob("xss/hostile.txt", null, new Dictionary<string, string> { [UploadedBlob.BodyMetadataKey] = Uri.EscapeDataString(hostile) });
        await using (var stream = new MemoryStream(Encoding.UTF8.GetBytes(text)))
        {
            await runner.Get<IReportIngestion>().IngestAsync(upload, stream, force: false);
        }

        var id = TableKeys.ReportId("xss/hostile.txt");
        await using var browser = await BrowserSession.StartAsync();
        var page = browser.Page;

        await page.GotoAsync(new Uri(runner.BaseAddress, $"/?code={LocalRunnerFixture.Key}#/report/{id}").ToString());
        await page.WaitForSelectorAsync("[data-testid=report-body]");

        Assert.Contains("<script>window.__xss=1;", await page.InnerTextAsync("[data-testid=report-body]"), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("[data-testid=report-view] script").CountAsync());
        Assert.Equal(0, await page.Locator("[data-testid=report-view] img").CountAsync());
        Assert.Null(await page.EvaluateAsync<int?>("() => window.__xss ?? null"));

        await page.GotoAsync(new Uri(runner.BaseAddress, $"/?code={LocalRunnerFixture.Key}").ToString());
        await page.WaitForSelectorAsync("[data-testid=body-row]");
        Assert.Contains("<script>", await page.InnerTextAsync("[data-testid=bodies-table]"), StringComparison.Ordinal);
        Assert.Null(await page.EvaluateAsync<int?>("() => window.__xss ?? null"));
        Assert.Empty(browser.Dialogs);
        await browser.ScreenshotAsync("dashboard-escaping");
    }
}
