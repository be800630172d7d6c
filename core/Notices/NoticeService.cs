using System.IO.Compression;
using Microsoft.Extensions.Options;
using ReportAudit.Core.Storage;
using ReportAudit.Core.Validation;

namespace ReportAudit.Core.Notices;

/// <summary>
/// Gathers the confirmed findings (reviews in <see cref="IReviewStore"/>, through <see cref="IFindingRepository"/>)
/// into 整改通知: for one report, or one per body for a region and year, zipped. Dated today in
/// <see cref="NoticeOptions.TimeZone"/>, with the reply deadline <see cref="NoticeOptions.ReplyDays"/> later.
/// </summary>
public sealed class NoticeService(IReportRepository reports, IFindingRepository findings, IOptions<NoticeOptions> options, TimeProvider time)
{
    public NoticeOptions Options => options.Value;

    /// <summary>The notice for one report; null when there is no such report. A notice without findings means none is confirmed.</summary>
    public async Task<RectificationNotice?> ForReportAsync(string id, CancellationToken cancellationToken = default)
    {
        var report = await reports.GetAsync(id, cancellationToken).ConfigureAwait(false);
        if (report is null)
        {
            return null;
        }

        var confirmed = await ConfirmedAsync(report.Id, cancellationToken).ConfigureAwait(false);
        return new RectificationNotice(report.Body ?? report.BlobPath, report.Region, report.Year, [new NoticeReport(report, confirmed)]);
    }

    /// <summary>One notice per body of the region that has confirmed findings in its reports of the year, by body name.</summary>
    public async Task<IReadOnlyList<RectificationNotice>> ForRegionAsync(string region, int year, CancellationToken cancellationToken = default)
    {
        var byBody = new Dictionary<string, List<NoticeReport>>(StringComparer.Ordinal);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        await foreach (var report in reports.QueryAsync(new ReportCriteria { Region = region, Year = year }, cancellationToken).ConfigureAwait(false))
        {
            var confirmed = await ConfirmedAsync(report.Id, cancellationToken).ConfigureAwait(false);
            if (confirmed.Count == 0)
            {
                continue;
            }

            var key = report.BodyKey is { Length: > 0 } k ? k : BodyKey.Of(report.Body ?? report.BlobPath);
            names.TryAdd(key, report.Body ?? report.BlobPath);
            if (!byBody.TryGetValue(key, out var list))
            {
                byBody[key] = list = [];
            }

            list.Add(new NoticeReport(report, confirmed));
        }

        return byBody
            .Select(b => new RectificationNotice(names[b.Key], region, year, b.Value.OrderBy(r => r.Report.BlobPath, StringComparer.Ordinal).ToList()))
            .OrderBy(n => n.Body, StringComparer.Ordinal)
            .ToList();
    }

    public byte[] Document(RectificationNotice notice) => NoticeDocument.Write(notice, options.Value, Today());

    /// <summary>A zip with one .docx per notice, named by <see cref="RectificationNotice.FileName"/> (UTF-8 names).</summary>
    public async Task WriteZipAsync(IReadOnlyList<RectificationNotice> notices, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notices);
        var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        await using (zip.ConfigureAwait(false))
        {
            var used = new HashSet<string>(StringComparer.Ordinal);
            foreach (var notice in notices)
            {
                var name = notice.FileName;
                for (var n = 2; !used.Add(name); n++)
                {
                    name = Path.GetFileNameWithoutExtension(notice.FileName) + $"-{n}.docx";
                }

                var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
                var stream = await entry.OpenAsync(cancellationToken).ConfigureAwait(false);
                await using (stream.ConfigureAwait(false))
                {
                    await stream.WriteAsync(Document(notice), cancellationToken).ConfigureAwait(false);
                }
            }
        }
    }

    /// <summary>The date of issue: <see cref="NoticeOptions.IssuedOn"/> when set, else today where the bodies are.</summary>
    public DateOnly Today()
    {
        if (options.Value.IssuedOn is { } fixedDate)
        {
            return fixedDate;
        }

        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(options.Value.TimeZone, out var found) ? found : TimeZoneInfo.Utc;
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), zone).DateTime);
    }

    /// <summary>The confirmed findings, errors first, then by section and place.</summary>
    private async Task<IReadOnlyList<StoredFinding>> ConfirmedAsync(string reportId, CancellationToken cancellationToken) =>
        (await findings.GetAsync(reportId, cancellationToken).ConfigureAwait(false))
            .Where(f => f.Review?.Decision == ReviewDecision.Confirmed)
            .OrderByDescending(f => f.Finding.Severity)
            .ThenBy(f => f.Finding.Section ?? int.MaxValue)
            .ThenBy(f => f.Finding.Id, StringComparer.Ordinal)
            .ToList();
}
