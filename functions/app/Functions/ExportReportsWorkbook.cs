using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ReportAudit.Functions.Http;

namespace ReportAudit.Functions.Functions;

/// <summary>GET /api/export/reports.xlsx: reports as an Excel workbook.</summary>
public sealed class ExportReportsWorkbook(IServiceProvider services)
{
    [Function(nameof(ExportReportsWorkbook))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "export/reports.xlsx")] HttpRequest req, CancellationToken ct) =>
        FunctionHttp.RunAsync(nameof(ExportReportsWorkbook), services, req, ct);
}
