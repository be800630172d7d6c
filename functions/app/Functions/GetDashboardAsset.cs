using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ReportAudit.Core.Summaries;
using ReportAudit.Functions.Http;

namespace ReportAudit.Functions.Functions;

/// <summary>GET /api/dashboard/{file}: the dashboard's script and style sheet.</summary>
public sealed class GetDashboardAsset
{
    [Function(nameof(GetDashboardAsset))]
    public IActionResult Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "dashboard/{file}")] HttpRequest req, string file) =>
        ApiActionResult.From(DashboardAssets.Get(file));
}
