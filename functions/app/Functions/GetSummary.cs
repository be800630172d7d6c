using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ReportAudit.Functions.Http;

namespace ReportAudit.Functions.Functions;

/// <summary>GET /api/summary: the summary of a year and region, from the aggregates.</summary>
public sealed class GetSummary(IServiceProvider services)
{
    [Function(nameof(GetSummary))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "summary")] HttpRequest req, CancellationToken ct) =>
        FunctionHttp.RunAsync(nameof(GetSummary), services, req, ct);
}
