using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ReportAudit.Core.Summaries;
using ReportAudit.Functions.Http;

namespace ReportAudit.Functions.Functions;

/// <summary>PUT /api/roster: replaces the roster (CSV body).</summary>
public sealed class SetRoster(ReportApi api)
{
    [Function(nameof(SetRoster))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "put", Route = "roster")] HttpRequest req, CancellationToken ct) =>
        ApiActionResult.From(await api.SetRosterAsync(await new StreamReader(req.Body).ReadToEndAsync(ct), req.ContentType, ct));
}
