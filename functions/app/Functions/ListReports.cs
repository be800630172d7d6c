using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ReportAudit.Functions.Http;

namespace ReportAudit.Functions.Functions;

/// <summary>GET /api/reports: 报告列表 list reports, filtered, sorted and paged.</summary>
public sealed class ListReports(IServiceProvider services)
{
    [Function(nameof(ListReports))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "reports")] HttpRequest req, CancellationToken ct) =>
        FunctionHttp.RunAsync(nameof(ListReports), services, req, ct);
}
