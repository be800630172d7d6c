using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ReportAudit.Functions.Http;

namespace ReportAudit.Functions.Functions;

/// <summary>GET /api/rules: the rule catalogue.</summary>
public sealed class ListRules(IServiceProvider services)
{
    [Function(nameof(ListRules))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "rules")] HttpRequest req, CancellationToken ct) =>
        FunctionHttp.RunAsync(nameof(ListRules), services, req, ct);
}
