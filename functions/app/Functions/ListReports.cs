using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ReportAudit.Core.Summaries;
using ReportAudit.Functions.Http;

namespace ReportAudit.Functions.Functions;

/// <summary>GET /api/reports: 报告列表 list reports, filtered, sorted and paged.</summary>
public sealed class ListReports(ReportApi api)
{
    [Function(nameof(ListReports))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "reports")] HttpRequest req, CancellationToken ct) =>
        ApiActionResult.From(await api.ListReportsAsync(ApiActionResult.Query(req), ct));
}
