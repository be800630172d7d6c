using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ReportAudit.Functions.Http;

namespace ReportAudit.Functions.Functions;

/// <summary>GET /api/bodies/{key}: one body's reports across years.</summary>
public sealed class GetBody(IServiceProvider services)
{
    [Function(nameof(GetBody))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "bodies/{key}")] HttpRequest req, string key, CancellationToken ct) =>
        FunctionHttp.RunAsync(nameof(GetBody), services, req, ct, ("key", key));
}
