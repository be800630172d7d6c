using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ReportAudit.Core.Summaries;
using ReportAudit.Functions.Http;

namespace ReportAudit.Functions.Functions;

/// <summary>POST /api/reprocess: reprocesses reports of older parser versions.</summary>
public sealed class ReprocessReports(ReportApi api)
{
    [Function(nameof(ReprocessReports))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "reprocess")] HttpRequest req, CancellationToken ct) =>
        ApiActionResult.From(await api.ReprocessAsync(ApiActionResult.Query(req), ct));
}
