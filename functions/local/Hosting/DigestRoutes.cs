using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ReportAudit.Core.Digest;

namespace ReportAudit.Local.Hosting;

/// <summary><c>GET /api/digest/preview?week=2026-W47&amp;region=hebei</c>: the HTML a recipient would get (default: the last complete week, all regions).</summary>
public static class DigestRoutes
{
    public static void Map(IEndpointRouteBuilder routes) =>
        routes.MapGet("/api/digest/preview", async (WeeklyDigestJob job, string? week, string? region, CancellationToken ct) =>
        {
            IsoWeek parsed;
            if (string.IsNullOrEmpty(week))
            {
                parsed = job.LastCompletedWeek();
            }
            else if (!IsoWeek.TryParse(week, out parsed))
            {
                return Results.Problem(
                    title: "Invalid parameter 'week'",
                    detail: "week 应为 ISO 周，如 2026-W47; week must be an ISO week such as 2026-W47.",
                    statusCode: StatusCodes.Status400BadRequest,
                    extensions: new Dictionary<string, object?> { ["parameter"] = "week" });
            }

            var digest = await job.PreviewAsync(parsed, region, ct);
            return Results.Content(digest.Html, "text/html; charset=utf-8");
        });
}
