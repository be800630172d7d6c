using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ReportAudit.Core.Summaries;

namespace ReportAudit.Local.Hosting;

/// <summary>The HTTP routes of the local runner: the same paths as the Functions app, over the same <see cref="ReportApi"/>.</summary>
public static class LocalRoutes
{
    public static void Map(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseMiddleware<FunctionKeyMiddleware>();

        app.MapGet("/", () => Send(DashboardAssets.Get("index.html")));
        app.MapGet("/api/dashboard", () => Send(DashboardAssets.Get("index.html")));
        app.MapGet("/api/dashboard/{file}", (string file) => Send(DashboardAssets.Get(file)));

        app.MapGet("/api/reports", (ReportApi api, HttpRequest r, CancellationToken ct) => SendAsync(api.ListReportsAsync(Query(r), ct)));
        app.MapGet("/api/reports/{id}", (ReportApi api, string id, CancellationToken ct) => SendAsync(api.GetReportAsync(id, ct)));
        app.MapPost("/api/reports/{id}/findings/{findingId}/review", async (ReportApi api, string id, string findingId, HttpRequest r, CancellationToken ct) =>
            Send(await api.ReviewAsync(id, findingId, await new StreamReader(r.Body).ReadToEndAsync(ct), Reviewer(r), ct)));
        app.MapGet("/api/summary", (ReportApi api, HttpRequest r, CancellationToken ct) => SendAsync(api.SummaryAsync(Query(r), ct)));
        app.MapGet("/api/bodies/{key}", (ReportApi api, string key, CancellationToken ct) => SendAsync(api.BodyAsync(key, ct)));
        app.MapGet("/api/rules", (ReportApi api) => Send(api.Rules()));
        app.MapGet("/api/export/reports.csv", (ReportApi api, HttpRequest r, CancellationToken ct) => SendAsync(api.ExportReportsAsync(Query(r), ct)));
        app.MapGet("/api/export/findings.csv", (ReportApi api, HttpRequest r, CancellationToken ct) => SendAsync(api.ExportFindingsAsync(Query(r), ct)));
        app.MapGet("/api/roster", (ReportApi api, CancellationToken ct) => SendAsync(api.GetRosterAsync(ct)));
        app.MapPut("/api/roster", async (ReportApi api, HttpRequest r, CancellationToken ct) =>
            Send(await api.SetRosterAsync(await new StreamReader(r.Body).ReadToEndAsync(ct), r.ContentType, ct)));
        app.MapPost("/api/reprocess", (ReportApi api, HttpRequest r, CancellationToken ct) => SendAsync(api.ReprocessAsync(Query(r), ct)));
        app.MapPost("/api/retry", (ReportApi api, CancellationToken ct) => SendAsync(api.RetryAsync(ct)));
        app.MapPost("/api/aggregates/rebuild", (ReportApi api, CancellationToken ct) => SendAsync(api.RebuildAggregatesAsync(ct)));
        app.MapGet("/api/openapi.json", () => Send(ReportApi.OpenApi()));
        DigestRoutes.Map(app);
    }

    /// <summary>Who reviews: the signed-in principal's name when a proxy sets it, else "local".</summary>
    public static string Reviewer(HttpRequest request) =>
        request?.Headers["x-ms-client-principal-name"].FirstOrDefault() is { Length: > 0 } name ? name : "local";

    private static Func<string, string?> Query(HttpRequest request) => name => request.Query[name].FirstOrDefault();

    internal static async Task<IResult> SendAsync(Task<ApiResult> result) => Send(await result);

    private static IResult Send(ApiResult? result) => result is null ? Results.NotFound() : new ApiHttpResult(result);

    /// <summary>Writes an <see cref="ApiResult"/> as it is: status, content type and body.</summary>
    private sealed class ApiHttpResult(ApiResult result) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = result.Status;
            httpContext.Response.ContentType = result.ContentType;
            await httpContext.Response.Body.WriteAsync(result.Body);
        }
    }
}
