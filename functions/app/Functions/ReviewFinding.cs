using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ReportAudit.Core.Summaries;
using ReportAudit.Functions.Http;

namespace ReportAudit.Functions.Functions;

/// <summary>POST /api/reports/{id}/findings/{findingId}/review: a supervisor confirms or dismisses a finding.</summary>
public sealed class ReviewFinding(ReportApi api)
{
    [Function(nameof(ReviewFinding))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "reports/{id}/findings/{findingId}/review")] HttpRequest req, string id, string findingId, CancellationToken ct) =>
        ApiActionResult.From(await api.ReviewAsync(id, findingId, await new StreamReader(req.Body).ReadToEndAsync(ct), ApiActionResult.Reviewer(req), ct));
}
