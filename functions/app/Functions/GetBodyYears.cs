using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ReportAudit.Functions.Http;

namespace ReportAudit.Functions.Functions;

/// <summary>GET /api/bodies/{key}/years: one body's cells and section texts compared year over year.</summary>
public sealed class GetBodyYears(IServiceProvider services)
{
    [Function(nameof(GetBodyYears))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "bodies/{key}/years")] HttpRequest req, string key, CancellationToken ct) =>
        FunctionHttp.RunAsync(nameof(GetBodyYears), services, req, ct, ("key", key));
}
