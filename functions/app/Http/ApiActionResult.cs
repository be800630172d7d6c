using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using ReportAudit.Core.Summaries;

namespace ReportAudit.Functions.Http;

/// <summary>Writes a core <see cref="ApiResult"/> as it is: status, content type and body.</summary>
public sealed class ApiActionResult(ApiResult result) : IActionResult
{
    public async Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var response = context.HttpContext.Response;
        response.StatusCode = result.Status;
        response.ContentType = result.ContentType;
        await response.Body.WriteAsync(result.Body);
    }

    public static IActionResult From(ApiResult? result) => result is null ? new NotFoundResult() : new ApiActionResult(result);

    /// <summary>Query parameters as the core API reads them.</summary>
    public static Func<string, string?> Query(HttpRequest request) => name => request?.Query[name].FirstOrDefault();

    /// <summary>The signed-in reviewer (App Service authentication sets this header), else "anonymous".</summary>
    public static string Reviewer(HttpRequest request) =>
        request?.Headers["x-ms-client-principal-name"].FirstOrDefault() is { Length: > 0 } name ? name : "anonymous";
}
