using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ReportAudit.Core.Summaries;
using ReportAudit.Functions.Http;

namespace ReportAudit.Functions.Functions;

/// <summary>GET /api/export/findings.csv: findings as CSV for Excel.</summary>
public sealed class ExportFindings(ReportApi api)
{
    [Function(nameof(ExportFindings))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "export/findings.csv")] HttpRequest req, CancellationToken ct) =>
        ApiActionResult.From(await api.ExportFindingsAsync(ApiActionResult.Query(req), ct));
}
