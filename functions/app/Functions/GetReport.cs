using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ReportAudit.Functions.Http;

namespace ReportAudit.Functions.Functions;

/// <summary>GET /api/reports/{id}: one report: the model, the findings and a link to the original.</summary>
public sealed class GetReport(IServiceProvider services)
{
    [Function(nameof(GetReport))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "reports/{id}")] HttpRequest req, string id, CancellationToken ct) =>
        FunctionHttp.RunAsync(nameof(GetReport), services, req, ct, ("id", id));
}
