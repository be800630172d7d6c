using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ReportAudit.Functions.Http;

namespace ReportAudit.Functions.Functions;

/// <summary>GET /api/dashboard: the dashboard page (static; its API calls carry the key).</summary>
public sealed class ShowDashboard(IServiceProvider services)
{
    [Function(nameof(ShowDashboard))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "dashboard")] HttpRequest req, CancellationToken ct) =>
        FunctionHttp.RunAsync(nameof(ShowDashboard), services, req, ct);
}
