using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ReportAudit.Functions.Http;

namespace ReportAudit.Functions.Functions;

/// <summary>GET /api/export/findings.csv: findings as CSV for Excel.</summary>
public sealed class ExportFindings(IServiceProvider services)
{
    [Function(nameof(ExportFindings))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "export/findings.csv")] HttpRequest req, CancellationToken ct) =>
        FunctionHttp.RunAsync(nameof(ExportFindings), services, req, ct);
}
