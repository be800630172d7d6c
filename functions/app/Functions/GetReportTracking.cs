using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ReportAudit.Functions.Http;

namespace ReportAudit.Functions.Functions;

/// <summary>GET /api/reports/{id}/tracking: one report's tracked findings with the history of their states.</summary>
public sealed class GetReportTracking(IServiceProvider services)
{
    [Function(nameof(GetReportTracking))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "reports/{id}/tracking")] HttpRequest req, string id, CancellationToken ct) =>
        FunctionHttp.RunAsync(nameof(GetReportTracking), services, req, ct, ("id", id));
}
