using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ReportAudit.Core.Summaries;
using ReportAudit.Functions.Http;

namespace ReportAudit.Functions.Functions;

/// <summary>GET /api/rules: the rule catalogue.</summary>
public sealed class ListRules(ReportApi api)
{
    [Function(nameof(ListRules))]
    public IActionResult Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "rules")] HttpRequest req) =>
        ApiActionResult.From(api.Rules());
}
