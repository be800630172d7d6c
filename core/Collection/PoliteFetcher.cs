using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ReportAudit.Core.Storage;

namespace ReportAudit.Core.Collection;

/// <summary>
/// Fetches like a considerate visitor: robots.txt first (cached per host for an hour), one request at a time per
/// host with <c>DelayMs</c> between them, our User-Agent, a time-out covering the whole answer, at most
/// <c>MaxRedirects</c> redirects (each hop checked against robots.txt), no more than <c>MaxBytes</c> read, retries
/// with back-off on 5xx and 429 (Retry-After honoured), and https retried once as http for hosts that only answer
/// there. It never throws for what a site does; every failure is a <see cref="FetchResult"/> with a reason.
/// </summary>
public sealed partial class PoliteFetcher : IDisposable
{
    private readonly HttpClient _client;
    private readonly CollectionOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<PoliteFetcher> _logger;
    private readonly ConcurrentDictionary<string, HostGate> _hosts = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, Task<(RobotsRules Rules, DateTimeOffset Until)>> _robots = new(StringComparer.OrdinalIgnoreCase);

    public PoliteFetcher(IOptions<CollectionOptions> options, TimeProvider time, ILogger<PoliteFetcher> logger)
        : this(new SocketsHttpHandler { AllowAutoRedirect = false, AutomaticDecompression = DecompressionMethods.All, UseCookies = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) }, options, time, logger)
    {
    }

    public PoliteFetcher(HttpMessageHandler handler, IOptions<CollectionOptions> options, TimeProvider time, ILogger<PoliteFetcher> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _time = time;
        _logger = logger;
        _client = new HttpClient(handler, disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
    }

    public void Dispose()
    {
        _client.Dispose();
        foreach (var gate in _hosts.Values)
        {
            gate.Dispose();
        }
    }

    public async Task<FetchResult> FetchAsync(Uri url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        var current = url;
        for (var hop = 0; hop <= _options.MaxRedirects; hop++)
        {
            if (current.Scheme != Uri.UriSchemeHttp && current.Scheme != Uri.UriSchemeHttps)
            {
                return FetchResult.Fail(CollectionOutcome.Error, current, null, $"不支持的地址 unsupported URL scheme: {current.Scheme}");
            }

            var rules = await RobotsAsync(current, cancellationToken).ConfigureAwait(false);
            if (!rules.IsAllowed(_options.RobotsToken, current.PathAndQuery))
            {
                return FetchResult.Fail(CollectionOutcome.RefusedByRobots, current, null, $"robots.txt 不允许抓取 disallowed by robots.txt: {current.AbsolutePath}");
            }

            var result = await GetWithRetriesAsync(current, cancellationToken).ConfigureAwait(false);
            if (result.Status is 301 or 302 or 303 or 307 or 308 && result.Outcome is null)
            {
                var location = System.Text.Encoding.UTF8.GetString(result.Content.Span);
                if (!Uri.TryCreate(current, location, out var next))
                {
                    return FetchResult.Fail(CollectionOutcome.Error, current, result.Status, $"重定向地址无效 bad redirect Location: {location}");
                }

                current = next;
                continue;
            }

            return result;
        }

        return FetchResult.Fail(CollectionOutcome.Error, current, null, $"重定向超过 {_options.MaxRedirects} 次 more than {_options.MaxRedirects} redirects");
    }

    /// <summary>One URL, retried on 5xx/429 with back-off; a 3xx comes back with its Location as the content.</summary>
    private async Task<FetchResult> GetWithRetriesAsync(Uri url, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var (result, retryAfter) = await GetOnceAsync(url, cancellationToken).ConfigureAwait(false);
            var retriable = result.Status is 429 or >= 500 and < 600;
            if (!retriable || attempt >= _options.MaxRetries)
            {
                return retriable
                    ? result with { Detail = $"{result.Detail}；重试 {attempt} 次后放弃 gave up after {attempt} retries" }
                    : result;
            }

            var wait = retryAfter ?? TimeSpan.FromMilliseconds(Math.Max(_options.DelayMs, 200) * Math.Pow(2, attempt));
            if (wait > TimeSpan.FromSeconds(_options.MaxRetryAfterSeconds))
            {
                return result with { Detail = $"{result.Detail}；Retry-After {wait.TotalSeconds:0} 秒过长 too long to wait" };
            }

            Log.Retrying(_logger, url, result.Status ?? 0, wait);
            await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<(FetchResult Result, TimeSpan? RetryAfter)> GetOnceAsync(Uri url, CancellationToken cancellationToken)
    {
        var (result, retryAfter) = await SendAsync(url, cancellationToken).ConfigureAwait(false);
        if (result.Outcome == CollectionOutcome.Error && result.Status is null && url.Scheme == Uri.UriSchemeHttps)
        {
            // Many government hosts only answer on plain HTTP (no certificate, or a port 443 that refuses).
            var http = new UriBuilder(url) { Scheme = Uri.UriSchemeHttp, Port = url.IsDefaultPort ? 80 : url.Port }.Uri;
            var (fallback, fallbackRetryAfter) = await SendAsync(http, cancellationToken).ConfigureAwait(false);
            return fallback.Outcome is null || fallback.Status is not null ? (fallback, fallbackRetryAfter) : (result, retryAfter);
        }

        return (result, retryAfter);
    }

    private async Task<(FetchResult Result, TimeSpan? RetryAfter)> SendAsync(Uri url, CancellationToken cancellationToken)
    {
        var gate = _hosts.GetOrAdd(url.Authority, _ => new HostGate());
        await gate.Lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var wait = gate.NextAllowed - _time.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
            }

            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(_options.TimeoutSeconds));
            try
            {
                return await ReadAsync(url, timeout.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return (FetchResult.Fail(CollectionOutcome.TimedOut, url, null, $"{_options.TimeoutSeconds:0.#} 秒内未完成 no complete answer within {_options.TimeoutSeconds:0.#} s"), null);
            }
            catch (HttpRequestException e)
            {
                return (FetchResult.Fail(CollectionOutcome.Error, url, null, $"连接失败 connection failed: {e.HttpRequestError} {e.Message}"), null);
            }
            catch (IOException e)
            {
                return (FetchResult.Fail(CollectionOutcome.Error, url, null, $"读取中断 read failed: {e.Message}"), null);
            }
        }
        finally
        {
            gate.NextAllowed = _time.GetUtcNow() + TimeSpan.FromMilliseconds(_options.DelayMs);
            gate.Lock.Release();
        }
    }

    private async Task<(FetchResult Result, TimeSpan? RetryAfter)> ReadAsync(Uri url, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("User-Agent", _options.UserAgent);
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/pdf,application/msword,application/vnd.openxmlformats-officedocument.wordprocessingml.document,*/*;q=0.5");
        request.Headers.AcceptLanguage.ParseAdd("zh-CN,zh;q=0.9");
        using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        var status = (int)response.StatusCode;
        if (status is >= 300 and < 400 && response.Headers.Location is { } location)
        {
            return (new FetchResult(null, url, status, null, System.Text.Encoding.UTF8.GetBytes(location.OriginalString), $"重定向 redirect {status}"), null);
        }

        if (status is 404 or 410)
        {
            return (FetchResult.Fail(CollectionOutcome.NotFound, url, status, $"链接失效 dead link: HTTP {status}"), null);
        }

        if (status is < 200 or >= 300)
        {
            return (FetchResult.Fail(CollectionOutcome.Error, url, status, $"HTTP {status} {response.ReasonPhrase}"), RetryAfter(response.Headers.RetryAfter));
        }

        var contentType = response.Content.Headers.ContentType?.ToString();
        if (response.Content.Headers.ContentLength > _options.MaxBytes)
        {
            return (FetchResult.Fail(CollectionOutcome.TooLarge, url, status, $"文件过大 too large: {response.Content.Headers.ContentLength} 字节 bytes > {_options.MaxBytes}"), null);
        }

        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > _options.MaxBytes)
            {
                return (FetchResult.Fail(CollectionOutcome.TooLarge, url, status, $"文件过大 too large: 超过 more than {_options.MaxBytes} 字节 bytes, 已停止读取 reading stopped"), null);
            }

            buffer.Write(chunk, 0, read);
        }

        return (new FetchResult(null, url, status, contentType, buffer.ToArray(), string.Empty), null);
    }

    private TimeSpan? RetryAfter(RetryConditionHeaderValue? header) =>
        header?.Delta ?? (header?.Date is { } date ? Max(date - _time.GetUtcNow(), TimeSpan.Zero) : null);

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    /// <summary>The host's robots.txt rules, read once per hour and host (concurrent callers share one read).</summary>
    private async Task<RobotsRules> RobotsAsync(Uri url, CancellationToken cancellationToken)
    {
        var key = url.GetLeftPart(UriPartial.Authority);
        if (_robots.TryGetValue(key, out var known) && (known.IsFaulted || known.IsCanceled))
        {
            // A read cancelled by its first caller is not an answer: read again.
            _robots.TryRemove(new KeyValuePair<string, Task<(RobotsRules, DateTimeOffset)>>(key, known));
        }
        else if (known is not null)
        {
            var cached = await known.ConfigureAwait(false);
            if (cached.Until > _time.GetUtcNow())
            {
                return cached.Rules;
            }

            _robots.TryRemove(new KeyValuePair<string, Task<(RobotsRules, DateTimeOffset)>>(key, known));
        }

        return (await _robots.GetOrAdd(key, k => ReadRobotsAsync(k, cancellationToken)).ConfigureAwait(false)).Rules;
    }

    private async Task<(RobotsRules Rules, DateTimeOffset Until)> ReadRobotsAsync(string origin, CancellationToken cancellationToken)
    {
        var robotsUrl = new Uri(new Uri(origin), "/robots.txt");
        var (result, _) = await GetOnceAsync(robotsUrl, cancellationToken).ConfigureAwait(false);
        var rules = result switch
        {
            { Outcome: null, Status: >= 200 and < 300 } => RobotsRules.Parse(PageDecoder.Decode(result.Content.Span, result.ContentType).Text),
            // RFC 9309: a robots.txt that cannot be read for a server error means: stay away; a 4xx means: no rules.
            { Status: >= 500 } => RobotsRules.DisallowAll,
            _ => RobotsRules.AllowAll,
        };
        return (rules, _time.GetUtcNow().AddHours(1));
    }

    private sealed class HostGate : IDisposable
    {
        public SemaphoreSlim Lock { get; } = new(1, 1);

        public DateTimeOffset NextAllowed { get; set; }

        public void Dispose() => Lock.Dispose();
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 5101, Level = LogLevel.Information, Message = "Collection: {Url} answered {Status}, retrying in {Wait}")]
        public static partial void Retrying(ILogger logger, Uri url, int status, TimeSpan wait);
    }
}
