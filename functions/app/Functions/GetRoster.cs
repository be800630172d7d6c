using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ReportAudit.Core.Summaries;
using ReportAudit.Functions.Http;

namespace ReportAudit.Functions.Functions;

/// <summary>GET /api/roster: the roster of expected bodies.</summary>
public sealed class GetRoster(ReportApi api)
{
    [Function(nameof(GetRoster))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "roster")] HttpRequest req, CancellationToken ct) =>
        ApiActionResult.From(await api.GetRosterAsync(ct));
}
