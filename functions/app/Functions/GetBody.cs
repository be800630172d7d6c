using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ReportAudit.Core.Summaries;
using ReportAudit.Functions.Http;

namespace ReportAudit.Functions.Functions;

/// <summary>GET /api/bodies/{key}: one body's reports across years.</summary>
public sealed class GetBody(ReportApi api)
{
    [Function(nameof(GetBody))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "bodies/{key}")] HttpRequest req, string key, CancellationToken ct) =>
        ApiActionResult.From(await api.BodyAsync(key, ct));
}
