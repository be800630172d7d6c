using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ReportAudit.Core.Digest;

namespace ReportAudit.Functions.Functions;

/// <summary><c>GET /api/digest/preview?week=2026-W47&amp;region=hebei</c>: the HTML a recipient would get (default: the last complete week, all regions).</summary>
public sealed class PreviewDigest(WeeklyDigestJob job)
{
    [Function(nameof(PreviewDigest))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "digest/preview")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        string? week = request.Query["week"];
        IsoWeek parsed;
        if (string.IsNullOrEmpty(week))
        {
            parsed = job.LastCompletedWeek();
        }
        else if (!IsoWeek.TryParse(week, out parsed))
        {
            return new BadRequestObjectResult(new ProblemDetails
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "Invalid parameter 'week'",
                Detail = "week 应为 ISO 周，如 2026-W47; week must be an ISO week such as 2026-W47.",
                Extensions = { ["parameter"] = "week" },
            })
            {
                ContentTypes = { "application/problem+json" },
            };
        }

        var digest = await job.PreviewAsync(parsed, request.Query["region"], cancellationToken);
        return new ContentResult { Content = digest.Html, ContentType = "text/html; charset=utf-8", StatusCode = StatusCodes.Status200OK };
    }
}
