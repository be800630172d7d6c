using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ReportAudit.Functions.Http;

namespace ReportAudit.Functions.Functions;

/// <summary>GET /api/export/cells.parquet: every table cell of every report as Parquet.</summary>
public sealed class ExportCellsParquet(IServiceProvider services)
{
    [Function(nameof(ExportCellsParquet))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "export/cells.parquet")] HttpRequest req, CancellationToken ct) =>
        FunctionHttp.RunAsync(nameof(ExportCellsParquet), services, req, ct);
}
