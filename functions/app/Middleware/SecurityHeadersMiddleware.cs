using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;
using ReportAudit.Core.Api;

namespace ReportAudit.Functions.Middleware;

/// <summary>Adds <see cref="SecurityHeaders"/> to every HTTP answer of the Functions app (ASP.NET Core integration).</summary>
public sealed class SecurityHeadersMiddleware : IFunctionsWorkerMiddleware
{
    public Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(next);
        if (context.GetHttpContext() is { } http)
        {
            var headers = http.Response.Headers;
            SecurityHeaders.Apply((name, value) => headers[name] = value);
        }

        return next(context);
    }
}
