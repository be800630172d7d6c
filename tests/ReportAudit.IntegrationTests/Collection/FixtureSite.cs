using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ReportAudit.IntegrationTests.Collection;

/// <summary>
/// A government site on 127.0.0.1 (Kestrel, a free port): files from <c>Fixtures/sites/{name}/</c> (a query
/// <c>?uid=…&amp;pageNum=2</c> serves <c>{path}@pageNum=2</c>), plus routes a test adds for redirects, errors,
/// slow answers and binary files. Unknown paths answer 404, as a dead link does. It counts requests per path.
/// </summary>
public sealed class FixtureSite : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Dictionary<string, RequestDelegate> _routes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _hits = new(StringComparer.Ordinal);

    private FixtureSite(string name)
    {
        var root = Path.Combine(RepositoryRoot, "tests", "ReportAudit.IntegrationTests", "Fixtures", "sites", name);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.Run(async context =>
        {
            var path = context.Request.Path.Value ?? "/";
            lock (_hits)
            {
                _hits[path] = Hits(path) + 1;
                UserAgents.Add(context.Request.Headers.UserAgent.ToString());
            }

            if (_routes.TryGetValue(path, out var route))
            {
                await route(context);
                return;
            }

            var page = context.Request.Query["pageNum"].FirstOrDefault() is { } n ? $"{path}@pageNum={n}" : path;
            var file = Path.GetFullPath(Path.Combine(root, page.TrimStart('/')));
            if (!file.StartsWith(root, StringComparison.Ordinal) || !File.Exists(file))
            {
                context.Response.StatusCode = 404;
                await context.Response.WriteAsync("<html><body>404 页面不存在</body></html>");
                return;
            }

            // Like many CMS servers: text/html without a charset; the page's meta says which.
            context.Response.ContentType = file.EndsWith(".txt", StringComparison.Ordinal) ? "text/plain" : "text/html";
            await context.Response.SendFileAsync(file);
        });
    }

    public Uri BaseUri { get; private set; } = null!;

    /// <summary>Every User-Agent the site was sent.</summary>
    public HashSet<string> UserAgents { get; } = new(StringComparer.Ordinal);

    public static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Serverless.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("Serverless.sln not found");
        }
    }

    public static string Rendition(string file) => Path.Combine(RepositoryRoot, "tests", "ReportAudit.Core.Tests", "Fixtures", "renditions", file);

    public static async Task<FixtureSite> StartAsync(string name, Action<FixtureSite>? routes = null)
    {
        var site = new FixtureSite(name);
        routes?.Invoke(site);
        await site._app.StartAsync();
        var address = site._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        site.BaseUri = new Uri(address + "/");
        return site;
    }

    public Uri Url(string pathAndQuery) => new(BaseUri, pathAndQuery);

    public int Hits(string path) => _hits.TryGetValue(path, out var n) ? n : 0;

    public FixtureSite Map(string path, RequestDelegate handler)
    {
        _routes[path] = handler;
        return this;
    }

    /// <summary>A file of the renditions (PDF, .docx) served with its content type.</summary>
    public FixtureSite ServeFile(string path, string file, string contentType) => Map(path, async c =>
    {
        c.Response.ContentType = contentType;
        await c.Response.SendFileAsync(file);
    });

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
