using System.Text;
using Azure.Storage.Blobs.Models;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using ReportAudit.Core.Api;
using ReportAudit.Core.Collection;
using ReportAudit.Core.Ingestion;
using ReportAudit.Core.Storage;
using ReportAudit.Core.Storage.Tables;

namespace ReportAudit.IntegrationTests.Collection;

/// <summary>
/// The collector against fixture sites on 127.0.0.1 (a TRS column, a Hanweb column, a slow host) and Azurite:
/// every report stored once with its source, every failure recorded with its reason, the reports processed.
/// </summary>
[Trait("Category", "Integration")]
public sealed class CollectionTests : IAsyncLifetime
{
    private readonly StorageTestEnvironment _env = new(new Dictionary<string, string?>
    {
        ["Collection:DelayMs"] = "20",
        ["Collection:TimeoutSeconds"] = "1.5",
        ["Collection:MaxBytes"] = "1000000",
        ["Collection:MaxRetries"] = "2",
    });

    private FixtureSite _trs = null!;
    private FixtureSite _hanweb = null!;
    private FixtureSite _slow = null!;

    public async Task InitializeAsync()
    {
        await _env.InitializeAsync();
        _trs = await FixtureSite.StartAsync("trs", site => site
            .ServeFile("/xxgk/ndbg/202401/P020240115_001.pdf", FixtureSite.Rendition("001.pdf"), "application/pdf")
            .ServeFile("/xxgk/ndbg/202402/P020240221_009.docx", FixtureSite.Rendition("004.docx"), "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
            .Map("/xxgk/ndbg/202402/t20240220_9.html", c =>
            {
                c.Response.StatusCode = 301;
                c.Response.Headers.Location = "t20240221_9.html";
                return Task.CompletedTask;
            }));
        _hanweb = await FixtureSite.StartAsync("hanweb", site => site
            .Map("/art/2023/2/2/art_1234_7777.html", async c =>
            {
                // Busy the first time (503 with Retry-After), then the same page as art_1234_5678: a re-post.
                if (site.Hits("/art/2023/2/2/art_1234_7777.html") == 1)
                {
                    c.Response.StatusCode = 503;
                    c.Response.Headers.RetryAfter = "1";
                    return;
                }

                c.Response.ContentType = "text/html";
                await c.Response.SendFileAsync(Path.Combine(FixtureSite.RepositoryRoot, "tests", "ReportAudit.IntegrationTests", "Fixtures", "sites", "hanweb", "art", "2023", "1", "16", "art_1234_5678.html"));
            })
            .Map("/module/download/downfile.jsp", async c =>
            {
                // 3 MB of a scanned PDF, chunked (no Content-Length): only reading tells how large it is.
                c.Response.ContentType = "application/octet-stream";
                var chunk = new byte[64 * 1024];
                "%PDF-1.4\n"u8.CopyTo(chunk);
                for (var i = 0; i < 48 && !c.RequestAborted.IsCancellationRequested; i++)
                {
                    await c.Response.Body.WriteAsync(chunk, c.RequestAborted);
                }
            }));
        _slow = await FixtureSite.StartAsync("trs", site => site.Map("/t20240115_1.html", async c =>
        {
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(5), c.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            await c.Response.WriteAsync("<html><title>2023年政府信息公开工作年度报告</title></html>");
        }));
    }

    public async Task DisposeAsync()
    {
        await _trs.DisposeAsync();
        await _hanweb.DisposeAsync();
        await _slow.DisposeAsync();
        await _env.DisposeAsync();
    }

    [Fact]
    public async Task Collect_FixtureSites_StoresEveryReportOnceAndRecordsEveryFailure()
    {
        var collection = _env.Get<CollectionService>();
        var trsList = _trs.Url("xxgk/ndbg/index.html").AbsoluteUri;
        var hanwebList = _hanweb.Url("col/col1234/index.html").AbsoluteUri;
        var slowUrl = _slow.Url("t20240115_1.html").AbsoluteUri;

        var (trsRun, trsLog, _) = await collection.RunInlineAsync(new CollectionRequest([slowUrl], trsList, null, "hebei", null, [2021, 2022, 2023]), CancellationToken.None);
        var (hanwebRun, hanwebLog, _) = await collection.RunInlineAsync(new CollectionRequest([], null, $"body,region,url\n永昌县人民政府办公室,gansu,{hanwebList}\n", null, null, [2022]), CancellationToken.None);
        var httpsUrl = new UriBuilder(_hanweb.Url("art/2023/1/16/art_1234_5678.html")) { Scheme = "https" }.Uri.AbsoluteUri;
        var (_, httpsLog, _) = await collection.RunInlineAsync(new CollectionRequest([httpsUrl], null, null, "gansu", "永昌县人民政府办公室", [2022]), CancellationToken.None);

        var trsBase = _trs.Url("xxgk/ndbg/").AbsoluteUri;
        var hanwebBase = _hanweb.BaseUri.AbsoluteUri;
        Assert.Equal(
            new[]
            {
                (trsBase + "202201/t20220120_88.html", CollectionOutcome.Stored),
                (trsBase + "202401/P020240115_001.pdf", CollectionOutcome.Stored),
                (trsBase + "202401/t20240115_3271106.html", CollectionOutcome.Stored),
                (trsBase + "202402/P020240221_009.docx", CollectionOutcome.Stored),
                (trsBase + "202402/t20240220_9.html", CollectionOutcome.NotAReport),
                (trsBase + "202404/t20240401_404.html", CollectionOutcome.NotFound),
                (trsBase + "index.html", CollectionOutcome.Listed),
                (_trs.Url("xxgk/private/t20240101_7.html").AbsoluteUri, CollectionOutcome.RefusedByRobots),
                (slowUrl, CollectionOutcome.TimedOut),
            }.OrderBy(e => e.Item1, StringComparer.Ordinal),
            trsLog.Select(e => (e.Url, e.Outcome)));
        Assert.Equal(
            new[]
            {
                (hanwebBase + "art/2023/1/16/art_1234_5678.html", CollectionOutcome.Stored),
                (hanwebBase + "art/2023/2/1/art_1234_9999.html", CollectionOutcome.NotAReport),
                (hanwebBase + "art/2023/2/2/art_1234_7777.html", CollectionOutcome.Skipped),
                (hanwebBase + "col/col1234/index.html", CollectionOutcome.Listed),
                (hanwebBase + "module/download/downfile.jsp?classid=0&filename=2302011234.pdf", CollectionOutcome.TooLarge),
            },
            hanwebLog.Select(e => (e.Url, e.Outcome)));
        var https = Assert.Single(httpsLog);
        Assert.Equal((CollectionOutcome.Skipped, hanwebBase + "art/2023/1/16/art_1234_5678.html"), (https.Outcome, https.FinalUrl));

        Assert.Contains("read 2 pages, found 5 reports", trsLog.Single(e => e.Outcome == CollectionOutcome.Listed).Detail, StringComparison.Ordinal);
        Assert.Equal(trsBase + "202402/t20240221_9.html", trsLog.Single(e => e.Url.EndsWith("t20240220_9.html", StringComparison.Ordinal)).FinalUrl);
        Assert.Equal(404, trsLog.Single(e => e.Outcome == CollectionOutcome.NotFound).HttpStatus);
        Assert.Equal(0, _trs.Hits("/xxgk/private/t20240101_7.html"));
        Assert.Equal(0, _trs.Hits("/xxgk/ndbg/201903/t20190301_1.html"));
        Assert.Equal(0, _trs.Hits("/xxgk/ndbg/202403/t20240310_5.html"));
        Assert.Equal(2, _hanweb.Hits("/art/2023/2/2/art_1234_7777.html"));
        Assert.Equal([_env.Get<IOptions<CollectionOptions>>().Value.UserAgent], _trs.UserAgents);
        Assert.NotNull(trsRun);
        Assert.NotNull(hanwebRun);

        var blobs = new List<BlobItem>();
        await foreach (var blob in _env.Reports.GetBlobsAsync(new GetBlobsOptions { Traits = BlobTraits.Metadata }))
        {
            blobs.Add(blob);
        }

        var trsHost = $"127.0.0.1_{_trs.BaseUri.Port}";
        var hanwebHost = $"127.0.0.1_{_hanweb.BaseUri.Port}";
        Assert.Equal(
            new[]
            {
                $"gansu/{hanwebHost}/art_1234_5678.html",
                $"hebei/{trsHost}/P020240115_001.pdf",
                $"hebei/{trsHost}/P020240221_009.docx",
                $"hebei/{trsHost}/t20220120_88.html",
                $"hebei/{trsHost}/t20240115_3271106.html",
            },
            blobs.Select(b => b.Name).Order(StringComparer.Ordinal));
        var gansu = blobs.Single(b => b.Name.StartsWith("gansu/", StringComparison.Ordinal)).Metadata;
        Assert.Equal(Uri.EscapeDataString("永昌县人民政府办公室"), gansu[UploadedBlob.BodyMetadataKey]);
        Assert.Equal(hanwebBase + "art/2023/1/16/art_1234_5678.html", gansu[ReportCollector.SourceMetadataKey]);
        Assert.Equal(64, gansu["sha256"].Length);
        Assert.True(DateTimeOffset.TryParse(gansu[ReportCollector.FetchedAtMetadataKey], System.Globalization.CultureInfo.InvariantCulture, out _));

        // The normal pipeline takes them from there: they are reports in the dashboard's list.
        await _env.Get<ReportMaintenance>().ReconcileAsync();
        var repository = _env.Get<IReportRepository>();
        var gbk = await repository.GetAsync(TableKeys.ReportId($"hebei/{trsHost}/t20220120_88.html"));
        Assert.Equal((2021, "凉州区城市管理综合执法局"), (gbk?.Year, gbk?.Body));
        var uploaderNamed = await repository.GetAsync(TableKeys.ReportId($"gansu/{hanwebHost}/art_1234_5678.html"));
        Assert.Equal((2022, "永昌县人民政府办公室"), (uploaderNamed?.Year, uploaderNamed?.Body));
        // 001's page and its PDF are two copies of one report: one of them is the report of record.
        var copies = await collection.CompareCopiesAsync(trsRun!.Run, CancellationToken.None);
        var sjz = copies.Where(c => c.Year == 2022).ToList();
        Assert.Equal([$"hebei/{trsHost}/P020240115_001.pdf", $"hebei/{trsHost}/t20240115_3271106.html"], sjz.Select(c => c.BlobPath).Order(StringComparer.Ordinal));
        Assert.Single(sjz, c => c.IsRecord);
        Assert.All(sjz, c => Assert.Equal(sjz[0].Disagreements, c.Disagreements));

        var list = await _env.Get<ReportApi>().ListReportsAsync(_ => null);
        var listed = Encoding.UTF8.GetString(list.Body);
        foreach (var blob in blobs)
        {
            Assert.Contains(TableKeys.ReportId(blob.Name), listed, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ListCollection_AfterARun_ListsItsOutcomesWithCounts()
    {
        var collection = _env.Get<CollectionService>();
        var (run, _, _) = await collection.RunInlineAsync(new CollectionRequest([_trs.Url("xxgk/ndbg/202404/t20240401_404.html").AbsoluteUri], null, null, "hebei", null, []), CancellationToken.None);

        var result = await _env.Get<CollectionApi>().ListAsync(run!.Run, withCopies: true, CancellationToken.None);

        var json = Encoding.UTF8.GetString(result.Body);
        Assert.Equal(200, result.Status);
        Assert.Contains("\"not-found\":1", json, StringComparison.Ordinal);
        Assert.Contains("t20240401_404.html", json, StringComparison.Ordinal);
    }
}
