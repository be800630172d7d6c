using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ReportAudit.Core.Summaries;
using ReportAudit.Functions.Http;

namespace ReportAudit.Functions.Functions;

/// <summary><c>GET /api/digest/preview?week=2026-W47&amp;region=hebei</c>: the HTML a recipient would get (default: the last complete week, all regions).</summary>
public sealed class PreviewDigest(DigestApi api)
{
    [Function(nameof(PreviewDigest))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "digest/preview")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return ApiActionResult.From(await api.PreviewAsync(request.Query["week"], request.Query["region"], cancellationToken));
    }
}
