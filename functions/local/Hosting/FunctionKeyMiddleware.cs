using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using ReportAudit.Core.Api;

namespace ReportAudit.Local.Hosting;

/// <summary>
/// Checks the key the way the Functions host checks <c>AuthorizationLevel.Function</c>: an
/// <c>x-functions-key</c> header or a <c>code</c> query parameter equal to the configured <c>Api:Key</c>;
/// otherwise 401. Routes the table marks <see cref="ApiAccess.Open"/> (the dashboard) need no key.
/// </summary>
public sealed class FunctionKeyMiddleware(RequestDelegate next, IConfiguration configuration)
{
    public const string DefaultKey = "local-dev-key";

    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var open = context.GetEndpoint()?.Metadata.GetMetadata<ApiRoute>()?.Access == ApiAccess.Open;
        if (!open)
        {
            var expected = configuration["Api:Key"] is { Length: > 0 } key ? key : DefaultKey;
            var given = context.Request.Headers["x-functions-key"].FirstOrDefault() ?? context.Request.Query["code"].FirstOrDefault();
            if (given is null || !System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(
                    System.Text.Encoding.UTF8.GetBytes(given), System.Text.Encoding.UTF8.GetBytes(expected)))
            {
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                context.Response.ContentType = "application/problem+json; charset=utf-8";
                await context.Response.WriteAsync("""{"title":"需要访问密钥 Unauthorized","status":401,"detail":"请在 x-functions-key 请求头或 code 参数中提供密钥 give the key in the x-functions-key header or the code query parameter"}""");
                return;
            }
        }

        await next(context);
    }
}
