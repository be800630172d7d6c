using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ReportAudit.Functions.Http;

namespace ReportAudit.Functions.Functions;

/// <summary>GET /api/export/reports.csv: reports as CSV for Excel.</summary>
public sealed class ExportReports(IServiceProvider services)
{
    [Function(nameof(ExportReports))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "export/reports.csv")] HttpRequest req, CancellationToken ct) =>
        FunctionHttp.RunAsync(nameof(ExportReports), services, req, ct);
}
