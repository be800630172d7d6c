using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ReportAudit.IntegrationTests.Collection;

namespace ReportAudit.IntegrationTests.Browser;

/// <summary>
/// Issue 18 end to end in the local runner: POST /api/collect queues a Hanweb column, the WebJobs queue trigger
/// fetches it from a site on 127.0.0.1, the blob trigger processes what it stored, and the dashboard shows the
/// collection outcomes and the collected report.
/// </summary>
[Trait("Category", "Browser")]
public sealed class CollectionBrowserTests(LocalRunnerFixture runner) : IClassFixture<LocalRunnerFixture>
{
    [Fact]
    public async Task Dashboard_AfterACollectionJob_ShowsItsOutcomesAndTheReport()
    {
        await using var site = await FixtureSite.StartAsync("hanweb");
        using var client = runner.Client();
        var list = site.Url("col/col1234/index.html").AbsoluteUri;
        var started = await client.PostAsJsonAsync("/api/collect", new { csv = $"body,region,url\n永昌县人民政府办公室,gansu,{list}\n", years = new[] { 2022 } });
        Assert.Equal(202, (int)started.StatusCode);
        var run = (string)(await started.Content.ReadFromJsonAsync<JsonObject>())!["run"]!;

        // The queue trigger works the column, then one message per report; the blob trigger then processes the page.
        var article = site.Url("art/2023/1/16/art_1234_5678.html").AbsoluteUri;
        await WaitAsync(async () =>
        {
            var outcomes = await client.GetFromJsonAsync<JsonObject>($"/api/collection?run={Uri.EscapeDataString(run)}");
            return outcomes!["items"]!.AsArray().Count(i => (string?)i!["outcome"] != "listed") == 4;
        });
        await WaitAsync(async () => (await client.GetStringAsync("/api/reports?region=gansu")).Contains("永昌县人民政府办公室", StringComparison.Ordinal));

        await using var browser = await BrowserSession.StartAsync();
        var page = browser.Page;
        await page.GotoAsync(new Uri(runner.BaseAddress, $"/?code={LocalRunnerFixture.Key}#/?region=gansu&run={Uri.EscapeDataString(run)}").ToString());
        await page.WaitForSelectorAsync("[data-testid=collection-panel]");

        var stored = page.Locator("[data-testid=collection-table] tr[data-outcome=stored]");
        Assert.Contains(article, await stored.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(2, await page.Locator("[data-testid=collection-table] tr[data-outcome=not-found]").CountAsync());
        Assert.Contains("永昌县人民政府办公室", await page.Locator("[data-testid=bodies-table]").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Empty(browser.Dialogs);
    }

    private static async Task WaitAsync(Func<Task<bool>> condition)
    {
        var until = DateTime.UtcNow.AddSeconds(90);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < until, "等待超时 timed out waiting");
            await Task.Delay(500);
        }
    }
}
