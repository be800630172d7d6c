using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ReportAudit.Functions.Http;

namespace ReportAudit.Functions.Functions;

/// <summary>POST /api/reprocess: reprocesses reports of older parser versions.</summary>
public sealed class ReprocessReports(IServiceProvider services)
{
    [Function(nameof(ReprocessReports))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "reprocess")] HttpRequest req, CancellationToken ct) =>
        FunctionHttp.RunAsync(nameof(ReprocessReports), services, req, ct);
}
