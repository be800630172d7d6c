namespace ReportAudit.Core.Api;

/// <summary>The dashboard's static files (<c>Web/dashboard</c>), embedded so that both hosts serve them with no CDN and no build step.</summary>
public static class DashboardAssets
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
    };

    /// <summary>A file by name (<c>index.html</c>, <c>app.js</c>, <c>style.css</c>), or null.</summary>
    public static ApiResult? Get(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Contains('/', StringComparison.Ordinal) || name.Contains("..", StringComparison.Ordinal) || !ContentTypes.TryGetValue(Path.GetExtension(name), out var type))
        {
            return null;
        }

        using var stream = typeof(DashboardAssets).Assembly.GetManifestResourceStream("ReportAudit.Core.Web.dashboard." + name);
        if (stream is null)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return new ApiResult(200, type, buffer.ToArray());
    }
}
