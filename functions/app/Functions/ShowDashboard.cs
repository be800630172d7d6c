using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ReportAudit.Core.Summaries;
using ReportAudit.Functions.Http;

namespace ReportAudit.Functions.Functions;

/// <summary>GET /api/dashboard: the dashboard page (static; its API calls carry the key).</summary>
public sealed class ShowDashboard
{
    [Function(nameof(ShowDashboard))]
    public IActionResult Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "dashboard")] HttpRequest req) =>
        ApiActionResult.From(DashboardAssets.Get("index.html"));
}
