using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ReportAudit.Functions.Http;

namespace ReportAudit.Functions.Functions;

/// <summary>GET /api/dashboard/{file}: the dashboard's script and style sheet.</summary>
public sealed class GetDashboardAsset(IServiceProvider services)
{
    [Function(nameof(GetDashboardAsset))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "dashboard/{file}")] HttpRequest req, string file, CancellationToken ct) =>
        FunctionHttp.RunAsync(nameof(GetDashboardAsset), services, req, ct, ("file", file));
}
