using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ReportAudit.Functions.Http;

namespace ReportAudit.Functions.Functions;

/// <summary>GET /api/collection?run=…: the outcome of every URL of a collection run (default: the latest), and the recent runs.</summary>
public sealed class ListCollection(IServiceProvider services)
{
    [Function(nameof(ListCollection))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "collection")] HttpRequest req, CancellationToken ct) =>
        FunctionHttp.RunAsync(nameof(ListCollection), services, req, ct);
}
