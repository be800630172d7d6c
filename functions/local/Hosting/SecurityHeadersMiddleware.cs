using Microsoft.AspNetCore.Http;
using ReportAudit.Core.Api;

namespace ReportAudit.Local.Hosting;

/// <summary>Adds <see cref="SecurityHeaders"/> to every answer of the local runner, errors and 401s included.</summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var headers = context.Response.Headers;
        SecurityHeaders.Apply((name, value) => headers[name] = value);
        return next(context);
    }
}
