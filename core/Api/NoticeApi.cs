using System.Globalization;
using ReportAudit.Core.Notices;
using ReportAudit.Core.Tracking;

namespace ReportAudit.Core.Api;

/// <summary>
/// The 整改通知 routes: one report's notice as .docx, and a region's notices for a year as a zip. Producing a notice marks the
/// confirmed findings it includes as notified (<see cref="TrackingService.MarkNotifiedAsync"/>), by whoever asked for it.
/// </summary>
public sealed class NoticeApi(NoticeService notices, TrackingService tracking)
{
    public const string ZipContentType = "application/zip";

    public async Task<ApiResult> ReportNoticeAsync(string id, string requestedBy, CancellationToken cancellationToken = default)
    {
        if (id is not { Length: 20 } || !id.All(char.IsAsciiHexDigitLower))
        {
            return ApiResult.BadRequest("id", "id 应为 20 位十六进制 must be 20 hexadecimal digits");
        }

        var notice = await notices.ForReportAsync(id, cancellationToken).ConfigureAwait(false);
        if (notice is null)
        {
            return ApiResult.NotFound($"没有编号为 {id} 的报告 no report {id}");
        }

        if (notice.FindingCount == 0)
        {
            return ApiResult.NotFound($"报告 {id} 没有经复核确认的问题，无需整改通知 report {id} has no confirmed findings, so there is nothing to notify");
        }

        var document = notices.Document(notice);
        await tracking.MarkNotifiedAsync([notice], notices.Today(), requestedBy, cancellationToken).ConfigureAwait(false);
        return ApiResult.File(NoticeDocument.ContentType, notice.FileName, document);
    }

    public async Task<ApiResult> RegionNoticesAsync(Func<string, string?> query, string requestedBy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query("region") is not { Length: > 0 and <= 100 } region)
        {
            return ApiResult.BadRequest("region", "请给出地区 region is required");
        }

        if (!int.TryParse(query("year"), NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 2000 or > 2100)
        {
            return ApiResult.BadRequest("year", "year 应为 2000–2100 的年份 year is required, 2000–2100");
        }

        var all = await notices.ForRegionAsync(region, year, cancellationToken).ConfigureAwait(false);
        if (all.Count == 0)
        {
            return ApiResult.NotFound($"{region} 地区 {year} 年度没有经复核确认的问题 no confirmed findings in {region} for {year}");
        }

        await tracking.MarkNotifiedAsync(all, notices.Today(), requestedBy, cancellationToken).ConfigureAwait(false);
        return ApiResult.Streamed(ZipContentType, $"{region}-{year}-整改通知.zip", (output, ct) => WriteZipAsync(all, output, ct));
    }

    /// <summary>The zip is built in a temporary file: a zip archive needs to seek, a response body cannot.</summary>
    private async Task WriteZipAsync(IReadOnlyList<RectificationNotice> all, Stream output, CancellationToken cancellationToken)
    {
        var temp = TempFile.Create();
        await using (temp.ConfigureAwait(false))
        {
            await notices.WriteZipAsync(all, temp, cancellationToken).ConfigureAwait(false);
            temp.Position = 0;
            await temp.CopyToAsync(output, cancellationToken).ConfigureAwait(false);
        }
    }
}
