using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ReportAudit.Core.Summaries;
using ReportAudit.Functions.Http;

namespace ReportAudit.Functions.Functions;

/// <summary>POST /api/retry: retries failed and unparseable uploads.</summary>
public sealed class RetryFailedReports(ReportApi api)
{
    [Function(nameof(RetryFailedReports))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "retry")] HttpRequest req, CancellationToken ct) =>
        ApiActionResult.From(await api.RetryAsync(ct));
}
