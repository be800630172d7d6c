using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ReportAudit.Functions.Http;

namespace ReportAudit.Functions.Functions;

/// <summary>PUT /api/roster: replaces the roster (CSV body).</summary>
public sealed class SetRoster(IServiceProvider services)
{
    [Function(nameof(SetRoster))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "put", Route = "roster")] HttpRequest req, CancellationToken ct) =>
        FunctionHttp.RunAsync(nameof(SetRoster), services, req, ct);
}
