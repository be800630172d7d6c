using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ReportAudit.Functions.Http;

namespace ReportAudit.Functions.Functions;

/// <summary>GET /api/tracking: rectification tracking counts per region and body.</summary>
public sealed class GetTracking(IServiceProvider services)
{
    [Function(nameof(GetTracking))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "tracking")] HttpRequest req, CancellationToken ct) =>
        FunctionHttp.RunAsync(nameof(GetTracking), services, req, ct);
}
