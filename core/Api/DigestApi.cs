using ReportAudit.Core.Digest;
using ReportAudit.Core.Storage;

namespace ReportAudit.Core.Api;

/// <summary>
/// <c>GET /api/digest/preview?week=2026-W47&amp;region=hebei</c>, host-neutral: the HTML a recipient would get
/// (default: the last complete week). Weeks before the 条例 took effect (2008) or after the current week
/// hold no data and are refused with 400, never computed.
/// </summary>
public sealed class DigestApi(WeeklyDigestJob job, TimeProvider time)
{
    /// <summary>The first year with annual reports: the 条例 took effect on 1 May 2008.</summary>
    public const int FirstYear = 2008;

    public async Task<ApiResult> PreviewAsync(string? week, string? region, CancellationToken cancellationToken = default)
    {
        IsoWeek parsed;
        if (string.IsNullOrEmpty(week))
        {
            parsed = job.LastCompletedWeek();
        }
        else if (!IsoWeek.TryParse(week, out parsed))
        {
            return ApiResult.BadRequest("week", "week 应为 ISO 周，如 2026-W47; week must be an ISO week such as 2026-W47");
        }

        var current = IsoWeek.Of(DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime)).Next;
        if (parsed.Year < FirstYear || parsed > current)
        {
            return ApiResult.BadRequest("week", $"week 应在 {FirstYear}-W01 与 {current} 之间; week must be between {FirstYear}-W01 and {current}");
        }

        if (region is { Length: > 100 })
        {
            return ApiResult.BadRequest("region", "region 不超过 100 个字符; region must be at most 100 characters");
        }

        var digest = await job.PreviewAsync(parsed, region, cancellationToken).ConfigureAwait(false);
        return ApiResult.Text("text/html; charset=utf-8", digest.Html);
    }
}
