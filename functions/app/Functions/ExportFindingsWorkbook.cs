using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ReportAudit.Functions.Http;

namespace ReportAudit.Functions.Functions;

/// <summary>GET /api/export/findings.xlsx: findings as an Excel workbook.</summary>
public sealed class ExportFindingsWorkbook(IServiceProvider services)
{
    [Function(nameof(ExportFindingsWorkbook))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "export/findings.xlsx")] HttpRequest req, CancellationToken ct) =>
        FunctionHttp.RunAsync(nameof(ExportFindingsWorkbook), services, req, ct);
}
