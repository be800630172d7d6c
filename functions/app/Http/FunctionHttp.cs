using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using ReportAudit.Core.Api;
using ReportAudit.Hosting.Http;

namespace ReportAudit.Functions.Http;

/// <summary>What every HTTP function does: run its route of the table and answer with the result as it is.</summary>
public static class FunctionHttp
{
    public static async Task<IActionResult> RunAsync(string name, IServiceProvider services, HttpRequest request, CancellationToken cancellationToken, params (string Name, string Value)[] routeValues)
    {
        var result = await HttpApi.RunAsync(ApiRoutes.Named(name), services, request, n => routeValues.FirstOrDefault(v => v.Name == n).Value, cancellationToken).ConfigureAwait(false);
        return new ResultWriter(result);
    }

    private sealed class ResultWriter(ApiResult result) : IActionResult
    {
        public Task ExecuteResultAsync(ActionContext context)
        {
            ArgumentNullException.ThrowIfNull(context);
            return HttpApi.WriteAsync(context.HttpContext.Response, result);
        }
    }
}
