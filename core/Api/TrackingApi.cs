using System.Globalization;
using ReportAudit.Core.Model;
using ReportAudit.Core.Tracking;

namespace ReportAudit.Core.Api;

/// <summary>The rectification tracking routes: counts per region and body, and one report's tracked findings with their histories.</summary>
public sealed class TrackingApi(TrackingService tracking)
{
    public async Task<ApiResult> CountsAsync(Func<string, string?> query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var region = query("region") is { Length: > 0 } r ? r : null;
        if (region is { Length: > 100 })
        {
            return ApiResult.BadRequest("region", "地区名称过长 region is too long");
        }

        int? year = null;
        if (query("year") is { Length: > 0 } y)
        {
            if (!int.TryParse(y, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) || parsed is < 2000 or > 2100)
            {
                return ApiResult.BadRequest("year", "year 应为 2000–2100 的年份 year must be 2000–2100");
            }

            year = parsed;
        }

        var summary = await tracking.CountsAsync(region, year, cancellationToken).ConfigureAwait(false);
        return ApiResult.Ok(new
        {
            region,
            year,
            today = summary.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            total = summary.Total,
            regions = summary.Regions.Select(g => new { region = g.Region, counts = g.Counts }),
            bodies = summary.Bodies.Select(g => new { region = g.Region, body = g.Body, bodyKey = g.BodyKey, counts = g.Counts }),
        });
    }

    public async Task<ApiResult> ReportAsync(string id, CancellationToken cancellationToken = default)
    {
        if (id is not { Length: 20 } || !id.All(char.IsAsciiHexDigitLower))
        {
            return ApiResult.BadRequest("id", "id 应为 20 位十六进制 must be 20 hexadecimal digits");
        }

        var today = tracking.Today();
        var tracked = await tracking.ForReportAsync(id, cancellationToken).ConfigureAwait(false);
        return ApiResult.Ok(tracked.Values.OrderBy(t => t.FindingId, StringComparer.Ordinal).Select(t => new
        {
            findingId = t.FindingId,
            ruleId = t.RuleId,
            state = EnumNames.Name(t.State),
            stateLabel = EnumNames.Of(t.State).Zh,
            dueOn = t.DueOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            overdue = t.IsOverdue(today),
            history = t.History.Select(h => new { state = EnumNames.Name(h.State), by = h.By, at = h.At, note = h.Note }),
        }));
    }
}
