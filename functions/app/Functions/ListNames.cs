using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ReportAudit.Functions.Http;

namespace ReportAudit.Functions.Functions;

/// <summary>GET /api/names: the names of statuses, verdicts, severities, date statuses and tracking states, with their labels.</summary>
public sealed class ListNames(IServiceProvider services)
{
    [Function(nameof(ListNames))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "names")] HttpRequest req, CancellationToken ct) =>
        FunctionHttp.RunAsync(nameof(ListNames), services, req, ct);
}
