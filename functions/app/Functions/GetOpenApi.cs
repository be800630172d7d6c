using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ReportAudit.Functions.Http;

namespace ReportAudit.Functions.Functions;

/// <summary>GET /api/openapi.json: the OpenAPI document of these routes.</summary>
public sealed class GetOpenApi(IServiceProvider services)
{
    [Function(nameof(GetOpenApi))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "openapi.json")] HttpRequest req, CancellationToken ct) =>
        FunctionHttp.RunAsync(nameof(GetOpenApi), services, req, ct);
}
