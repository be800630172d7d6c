using System.Net;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ReportAudit.Core.Collection;
using ReportAudit.Core.Storage;

namespace ReportAudit.Core.Tests.Collection;

/// <summary>The fetcher's decisions against a scripted site (an in-memory handler: no sockets).</summary>
public sealed class PoliteFetcherTests
{
    private static readonly CollectionOptions Options = new() { DelayMs = 0, TimeoutSeconds = 5, MaxBytes = 1000, MaxRedirects = 2, MaxRetries = 2 };

    [Fact]
    public async Task FetchAsync_429WithRetryAfter_RetriesThenSucceeds()
    {
        var site = new ScriptedSite(path => path switch
        {
            "/robots.txt" => new HttpResponseMessage(HttpStatusCode.NotFound),
            _ => null,
        });
        site.Queue("/t1.html", new HttpResponseMessage(HttpStatusCode.TooManyRequests) { Headers = { RetryAfter = new(TimeSpan.Zero) } });
        site.Queue("/t1.html", Ok("<html>报告</html>"));
        using var fetcher = Fetcher(site);

        var result = await fetcher.FetchAsync(new Uri("http://a.gov.cn/t1.html"), CancellationToken.None);

        Assert.Equal((null, 200, 2), (result.Outcome, result.Status, site.Count("/t1.html")));
    }

    [Fact]
    public async Task FetchAsync_RedirectLoop_StopsAtMaxRedirects()
    {
        var site = new ScriptedSite(path => path == "/robots.txt" ? new HttpResponseMessage(HttpStatusCode.NotFound) : Redirect(path == "/a.html" ? "/b.html" : "/a.html"));
        using var fetcher = Fetcher(site);

        var result = await fetcher.FetchAsync(new Uri("http://a.gov.cn/a.html"), CancellationToken.None);

        Assert.Equal(CollectionOutcome.Error, result.Outcome);
        Assert.Equal(3, site.Count("/a.html") + site.Count("/b.html"));
    }

    [Fact]
    public async Task FetchAsync_DisallowedPath_IsRefusedWithoutAsking()
    {
        var site = new ScriptedSite(path => path == "/robots.txt" ? Ok("User-agent: *\nDisallow: /private/\n") : Ok("<html></html>"));
        using var fetcher = Fetcher(site);

        var result = await fetcher.FetchAsync(new Uri("http://a.gov.cn/private/t1.html"), CancellationToken.None);

        Assert.Equal((CollectionOutcome.RefusedByRobots, 0), (result.Outcome, site.Count("/private/t1.html")));
    }

    [Fact]
    public async Task FetchAsync_RobotsServerError_RefusesTheHost()
    {
        var site = new ScriptedSite(path => path == "/robots.txt" ? new HttpResponseMessage(HttpStatusCode.BadGateway) : Ok("<html></html>"));
        using var fetcher = Fetcher(site);

        var result = await fetcher.FetchAsync(new Uri("http://a.gov.cn/t1.html"), CancellationToken.None);

        Assert.Equal(CollectionOutcome.RefusedByRobots, result.Outcome);
    }

    [Fact]
    public async Task FetchAsync_BodyLargerThanMaxBytes_IsTooLarge()
    {
        var site = new ScriptedSite(path => path == "/robots.txt" ? new HttpResponseMessage(HttpStatusCode.NotFound) : Ok(new string('x', 5000)));
        using var fetcher = Fetcher(site);

        var result = await fetcher.FetchAsync(new Uri("http://a.gov.cn/big.pdf"), CancellationToken.None);

        Assert.Equal(CollectionOutcome.TooLarge, result.Outcome);
    }

    [Fact]
    public async Task FetchAsync_ServerErrorEveryTime_GivesUpAfterMaxRetries()
    {
        var site = new ScriptedSite(path => path == "/robots.txt" ? new HttpResponseMessage(HttpStatusCode.NotFound) : new HttpResponseMessage(HttpStatusCode.InternalServerError));
        using var fetcher = Fetcher(site, new CollectionOptions { DelayMs = 1, MaxRetries = 2 });

        var result = await fetcher.FetchAsync(new Uri("http://a.gov.cn/t1.html"), CancellationToken.None);

        Assert.Equal((CollectionOutcome.Error, 500), (result.Outcome, result.Status));
        Assert.Contains("gave up after 2 retries", result.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FetchAsync_SameHostTwice_WaitsDelayMsBetweenRequests()
    {
        var site = new ScriptedSite(path => path == "/robots.txt" ? new HttpResponseMessage(HttpStatusCode.NotFound) : Ok("<html></html>"));
        using var fetcher = Fetcher(site, new CollectionOptions { DelayMs = 300 });

        await Task.WhenAll(
            fetcher.FetchAsync(new Uri("http://a.gov.cn/t1.html"), CancellationToken.None),
            fetcher.FetchAsync(new Uri("http://a.gov.cn/t2.html"), CancellationToken.None));

        // robots.txt, then the two pages: one at a time, each at least DelayMs after the one before.
        var gaps = site.Times.Zip(site.Times.Skip(1), (a, b) => b - a).ToList();
        Assert.Equal(2, gaps.Count);
        Assert.All(gaps, gap => Assert.True(gap >= TimeSpan.FromMilliseconds(280), $"gap {gap.TotalMilliseconds} ms"));
    }

    private static PoliteFetcher Fetcher(ScriptedSite site, CollectionOptions? options = null) =>
        new(site, Microsoft.Extensions.Options.Options.Create(options ?? Options), TimeProvider.System, NullLogger<PoliteFetcher>.Instance);

    private static HttpResponseMessage Ok(string text) => new(HttpStatusCode.OK) { Content = new StringContent(text, Encoding.UTF8, "text/html") };

    private static HttpResponseMessage Redirect(string location) => new(HttpStatusCode.MovedPermanently) { Headers = { Location = new Uri(location, UriKind.Relative) } };

    private sealed class ScriptedSite(Func<string, HttpResponseMessage?> answer) : HttpMessageHandler
    {
        private readonly Dictionary<string, Queue<HttpResponseMessage>> _queued = [];
        private readonly Dictionary<string, int> _counts = [];

        public List<DateTimeOffset> Times { get; } = [];

        public void Queue(string path, HttpResponseMessage response)
        {
            if (!_queued.TryGetValue(path, out var queue))
            {
                _queued[path] = queue = new Queue<HttpResponseMessage>();
            }

            queue.Enqueue(response);
        }

        public int Count(string path) => _counts.TryGetValue(path, out var n) ? n : 0;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            // Answer asynchronously, as a network does, so that concurrent callers really overlap.
            await Task.Yield();
            var path = request.RequestUri!.AbsolutePath;
            lock (Times)
            {
                Times.Add(DateTimeOffset.UtcNow);
                _counts[path] = Count(path) + 1;
            }

            var response = _queued.TryGetValue(path, out var queue) && queue.Count > 0 ? queue.Dequeue() : answer(path) ?? new HttpResponseMessage(HttpStatusCode.NotFound);
            return response;
        }
    }
}
