using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ReportAudit.Functions.Http;

namespace ReportAudit.Functions.Functions;

/// <summary>GET /api/notices.zip: the rectification notices of a region and year, zipped.</summary>
public sealed class ExportNotices(IServiceProvider services)
{
    [Function(nameof(ExportNotices))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "notices.zip")] HttpRequest req, CancellationToken ct) =>
        FunctionHttp.RunAsync(nameof(ExportNotices), services, req, ct);
}
