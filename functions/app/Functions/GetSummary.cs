using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ReportAudit.Core.Summaries;
using ReportAudit.Functions.Http;

namespace ReportAudit.Functions.Functions;

/// <summary>GET /api/summary: the summary of a year and region, from the aggregates.</summary>
public sealed class GetSummary(ReportApi api)
{
    [Function(nameof(GetSummary))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "summary")] HttpRequest req, CancellationToken ct) =>
        ApiActionResult.From(await api.SummaryAsync(ApiActionResult.Query(req), ct));
}
