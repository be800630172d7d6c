using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ReportAudit.Functions.Http;

namespace ReportAudit.Functions.Functions;

/// <summary><c>GET /api/digest/preview?week=2026-W47&amp;region=hebei</c>: the HTML a recipient would get (default: the last complete week, all regions).</summary>
public sealed class PreviewDigest(IServiceProvider services)
{
    [Function(nameof(PreviewDigest))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "digest/preview")] HttpRequest req, CancellationToken ct) =>
        FunctionHttp.RunAsync(nameof(PreviewDigest), services, req, ct);
}
