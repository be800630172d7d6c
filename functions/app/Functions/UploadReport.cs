using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ReportAudit.Functions.Http;

namespace ReportAudit.Functions.Functions;

/// <summary>POST /api/uploads?region=R&amp;name=F: the dashboard's upload of one report file (the body is the file), screened as the upload command screens and queued for the trigger.</summary>
public sealed class UploadReport(IServiceProvider services)
{
    [Function(nameof(UploadReport))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "uploads")] HttpRequest req, CancellationToken ct) =>
        FunctionHttp.RunAsync(nameof(UploadReport), services, req, ct);
}
