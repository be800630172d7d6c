using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ReportAudit.Functions.Http;

namespace ReportAudit.Functions.Functions;

/// <summary>GET /api/export/cells.csv: every table cell of every report as open-data CSV.</summary>
public sealed class ExportCellsCsv(IServiceProvider services)
{
    [Function(nameof(ExportCellsCsv))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "export/cells.csv")] HttpRequest req, CancellationToken ct) =>
        FunctionHttp.RunAsync(nameof(ExportCellsCsv), services, req, ct);
}
