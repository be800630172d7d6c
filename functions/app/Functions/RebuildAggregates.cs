using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ReportAudit.Core.Summaries;
using ReportAudit.Functions.Http;

namespace ReportAudit.Functions.Functions;

/// <summary>POST /api/aggregates/rebuild: recomputes the aggregates from the Reports table.</summary>
public sealed class RebuildAggregates(ReportApi api)
{
    [Function(nameof(RebuildAggregates))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "aggregates/rebuild")] HttpRequest req, CancellationToken ct) =>
        ApiActionResult.From(await api.RebuildAggregatesAsync(ct));
}
