using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ReportAudit.Functions.Http;

namespace ReportAudit.Functions.Functions;

/// <summary>GET /api/reports/{id}/notice.docx: the rectification notice (整改通知) of one report as a Word document.</summary>
public sealed class GetReportNotice(IServiceProvider services)
{
    [Function(nameof(GetReportNotice))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "reports/{id}/notice.docx")] HttpRequest req, string id, CancellationToken ct) =>
        FunctionHttp.RunAsync(nameof(GetReportNotice), services, req, ct, ("id", id));
}
