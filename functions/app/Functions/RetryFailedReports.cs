using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ReportAudit.Functions.Http;

namespace ReportAudit.Functions.Functions;

/// <summary>POST /api/retry: retries failed and unparseable uploads.</summary>
public sealed class RetryFailedReports(IServiceProvider services)
{
    [Function(nameof(RetryFailedReports))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "retry")] HttpRequest req, CancellationToken ct) =>
        FunctionHttp.RunAsync(nameof(RetryFailedReports), services, req, ct);
}
