using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ReportAudit.Functions.Http;

namespace ReportAudit.Functions.Functions;

/// <summary>POST /api/collect: queues a collection job (report URLs, a report column or a CSV of body,region,url); 202 with the run id.</summary>
public sealed class CollectReports(IServiceProvider services)
{
    [Function(nameof(CollectReports))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "collect")] HttpRequest req, CancellationToken ct) =>
        FunctionHttp.RunAsync(nameof(CollectReports), services, req, ct);
}
