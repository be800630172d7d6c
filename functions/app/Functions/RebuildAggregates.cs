using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ReportAudit.Functions.Http;

namespace ReportAudit.Functions.Functions;

/// <summary>POST /api/aggregates/rebuild: recomputes the aggregates from the Reports table.</summary>
public sealed class RebuildAggregates(IServiceProvider services)
{
    [Function(nameof(RebuildAggregates))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "aggregates/rebuild")] HttpRequest req, CancellationToken ct) =>
        FunctionHttp.RunAsync(nameof(RebuildAggregates), services, req, ct);
}
