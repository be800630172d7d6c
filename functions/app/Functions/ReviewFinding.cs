using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ReportAudit.Functions.Http;

namespace ReportAudit.Functions.Functions;

/// <summary>POST /api/reports/{id}/findings/{findingId}/review: a supervisor confirms or dismisses a finding.</summary>
public sealed class ReviewFinding(IServiceProvider services)
{
    [Function(nameof(ReviewFinding))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "reports/{id}/findings/{findingId}/review")] HttpRequest req, string id, string findingId, CancellationToken ct) =>
        FunctionHttp.RunAsync(nameof(ReviewFinding), services, req, ct, ("id", id), ("findingId", findingId));
}
