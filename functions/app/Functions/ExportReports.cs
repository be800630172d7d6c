using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ReportAudit.Core.Summaries;
using ReportAudit.Functions.Http;

namespace ReportAudit.Functions.Functions;

/// <summary>GET /api/export/reports.csv: reports as CSV for Excel.</summary>
public sealed class ExportReports(ReportApi api)
{
    [Function(nameof(ExportReports))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "export/reports.csv")] HttpRequest req, CancellationToken ct) =>
        ApiActionResult.From(await api.ExportReportsAsync(ApiActionResult.Query(req), ct));
}
