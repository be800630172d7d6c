using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ReportAudit.Core.Summaries;
using ReportAudit.Functions.Http;

namespace ReportAudit.Functions.Functions;

/// <summary>GET /api/openapi.json: the OpenAPI document of these routes.</summary>
public sealed class GetOpenApi
{
    [Function(nameof(GetOpenApi))]
    public IActionResult Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "openapi.json")] HttpRequest req) =>
        ApiActionResult.From(ReportApi.OpenApi());
}
