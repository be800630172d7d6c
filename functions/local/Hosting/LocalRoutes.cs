using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ReportAudit.Core.Ingestion;

namespace ReportAudit.Local.Hosting;

/// <summary>The HTTP routes of the local runner, the same as the Functions app's.</summary>
public static class LocalRoutes
{
    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/health", () => Results.Ok(new { status = "ok" }));
        routes.MapPost("/api/reprocess", async (ReportMaintenance maintenance, bool? all, CancellationToken ct) =>
            Results.Ok(await maintenance.ReprocessAsync(all ?? false, ct)));
        DigestRoutes.Map(routes);
    }
}
