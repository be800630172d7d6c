using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ReportAudit.Functions.Http;

namespace ReportAudit.Functions.Functions;

/// <summary>GET /api/roster: the roster of expected bodies.</summary>
public sealed class GetRoster(IServiceProvider services)
{
    [Function(nameof(GetRoster))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "roster")] HttpRequest req, CancellationToken ct) =>
        FunctionHttp.RunAsync(nameof(GetRoster), services, req, ct);
}
