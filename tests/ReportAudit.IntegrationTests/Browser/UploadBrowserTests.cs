using Microsoft.Playwright;
using ReportAudit.Core.Model;
using ReportAudit.Core.Storage;
using ReportAudit.Core.Storage.Tables;

namespace ReportAudit.IntegrationTests.Browser;

/// <summary>
/// The dashboard's upload (#/upload): files chosen with a region go through <c>POST /api/uploads</c>, each row shows its
/// progress and then the verdict of the processed report; a PNG is refused with the reason; a copy dropped on the zone is
/// found already there.
/// </summary>
[Trait("Category", "Browser")]
public sealed class UploadBrowserTests(LocalRunnerFixture runner) : IClassFixture<LocalRunnerFixture>
{
    private const string Report = "武清区2019年报.txt";

    [Fact]
    public async Task Upload_ReportAndPngWithARegion_ShowsProgressThenTheVerdictAndTheRefusal()
    {
        // A body no other test of this runner uses: sample 002 as 天津市武清区人民政府办公室 would publish it.
        var text = CrossYearFixtures.WrittenAs(await CrossYearFixtures.Sample002Async(), "天津市武清区人民政府办公室");
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0, 0x90, 0x77, 0x53, 0xDE];
        await using var browser = await BrowserSession.StartAsync();
        var page = browser.Page;
        await page.GotoAsync(new Uri(runner.BaseAddress, $"/?code={LocalRunnerFixture.Key}#/upload").ToString());
        await page.WaitForSelectorAsync("[data-testid=upload-panel]");

        // Without a region nothing is sent.
        await page.SetInputFilesAsync("[data-testid=upload-input]", new FilePayload { Name = Report, MimeType = "text/plain", Buffer = CrossYearFixtures.Bytes(text) });
        Assert.Contains("请先填写地区", await page.InnerTextAsync("[data-testid=upload-message]"), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("[data-testid=upload-row]").CountAsync());

        await page.FillAsync("[data-testid=upload-region]", "wuqing");
        await page.SetInputFilesAsync("[data-testid=upload-input]",
        [
            new FilePayload { Name = Report, MimeType = "text/plain", Buffer = CrossYearFixtures.Bytes(text) },
            new FilePayload { Name = "scan.png", MimeType = "image/png", Buffer = png },
        ]);

        var row = $"[data-testid=upload-row][data-file='{Report}']";
        await page.WaitForSelectorAsync($"{row}[data-state=processed]", new PageWaitForSelectorOptions { Timeout = 60_000 });
        var id = TableKeys.ReportId("wuqing/" + Report);
        var stored = await runner.Get<IReportRepository>().GetAsync(id);
        Assert.NotNull(stored);
        Assert.Equal(100, await page.EvalOnSelectorAsync<int>($"{row} [data-testid=upload-progress]", "e => e.value"));
        Assert.Equal(EnumNames.Name(stored.Verdict), await page.GetAttributeAsync(row, "data-verdict"));
        Assert.Equal("#/report/" + id, await page.GetAttributeAsync($"{row} [data-testid=upload-report-link]", "href"));
        Assert.Contains("天津市武清区人民政府办公室", await page.InnerTextAsync($"{row} [data-testid=upload-verdict]"), StringComparison.Ordinal);

        var refused = "[data-testid=upload-row][data-file='scan.png']";
        await page.WaitForSelectorAsync($"{refused}[data-state=refused]");
        Assert.Contains("HTTP 415", await page.InnerTextAsync($"{refused} [data-testid=upload-state]"), StringComparison.Ordinal);
        Assert.Equal(0, await page.EvalOnSelectorAsync<int>($"{refused} [data-testid=upload-progress]", "e => e.value"));
        Assert.False((await runner.Storage.Reports.GetBlobClient("wuqing/scan.png").ExistsAsync()).Value);
        await browser.ScreenshotAsync("upload");

        // The same bytes dropped on the zone under another name: already there, with that report's verdict.
        await page.EvaluateAsync(
            @"([name, text]) => {
                const files = new DataTransfer();
                files.items.add(new File([text], name, { type: 'text/plain' }));
                document.querySelector('[data-testid=upload-drop]').dispatchEvent(new DragEvent('drop', { dataTransfer: files, bubbles: true, cancelable: true }));
            }",
            new object[] { "copy.txt", text });
        var copy = "[data-testid=upload-row][data-file='copy.txt']";
        await page.WaitForSelectorAsync($"{copy}[data-state=skipped][data-verdict]");
        Assert.Equal(id, await page.GetAttributeAsync(copy, "data-report-id"));
        Assert.Contains("wuqing/" + Report, await page.InnerTextAsync($"{copy} [data-testid=upload-state]"), StringComparison.Ordinal);
        Assert.False((await runner.Storage.Reports.GetBlobClient("wuqing/copy.txt").ExistsAsync()).Value);
        await browser.ScreenshotAsync("upload-dropped-copy");
        Assert.Empty(browser.Dialogs);
    }
}
