using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using ReportAudit.Core.Api;
using ReportAudit.Hosting.Http;

namespace ReportAudit.Local.Hosting;

/// <summary>The HTTP routes of the local runner: the route table mapped in a loop, plus <c>/</c> for the dashboard.</summary>
public static class LocalRoutes
{
    public static void Map(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseMiddleware<FunctionKeyMiddleware>();

        foreach (var route in ApiRoutes.All)
        {
            app.MapMethods(route.Path, [route.Method], (HttpContext context) => RunAsync(route, context)).WithMetadata(route);
        }

        var dashboard = ApiRoutes.Named("ShowDashboard");
        app.MapGet("/", (HttpContext context) => RunAsync(dashboard, context)).WithMetadata(dashboard);
    }

    private static async Task RunAsync(ApiRoute route, HttpContext context)
    {
        var values = context.Request.RouteValues;
        var result = await HttpApi.RunAsync(route, context.RequestServices, context.Request, name => values[name]?.ToString(), context.RequestAborted);
        await HttpApi.WriteAsync(context.Response, result);
    }
}
