using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ReportAudit.Core.Summaries;

namespace ReportAudit.Local.Hosting;

/// <summary><c>GET /api/digest/preview?week=2026-W47&amp;region=hebei</c>: the HTML a recipient would get (default: the last complete week, all regions).</summary>
public static class DigestRoutes
{
    public static void Map(IEndpointRouteBuilder routes) =>
        routes.MapGet("/api/digest/preview", (DigestApi api, string? week, string? region, CancellationToken ct) =>
            LocalRoutes.SendAsync(api.PreviewAsync(week, region, ct)));
}
