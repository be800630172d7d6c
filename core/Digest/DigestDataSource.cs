using Microsoft.Extensions.Options;
using ReportAudit.Core.Storage;
using ReportAudit.Core.Tracking;
using ReportAudit.Core.Validation;

namespace ReportAudit.Core.Digest;

/// <summary>
/// Reads what a week's digest needs: the reports processed in the ISO week and the week before (by
/// <see cref="StoredReport.ProcessedAt"/> in the digest time zone), the findings of the failed ones
/// (without those a supervisor dismissed), the roster, and the findings corrected in the week (<see cref="ITrackingStore"/>).
/// </summary>
public sealed class DigestDataSource(
    IReportRepository reports,
    IFindingRepository findings,
    IRosterStore roster,
    ITrackingStore tracking,
    IOptions<DigestOptions> options,
    DeadlinePolicy deadlines,
    TimeProvider time)
{
    public async Task<DigestSnapshot> LoadAsync(IsoWeek week, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        var zone = settings.Zone();
        var (start, end) = Bounds(week, zone);
        var (previousStart, _) = Bounds(week.Previous, zone);

        var all = new List<StoredReport>();
        await foreach (var report in reports.ListAllAsync(cancellationToken).ConfigureAwait(false))
        {
            all.Add(report);
        }

        var thisWeek = all.Where(r => r.ProcessedAt >= start && r.ProcessedAt < end).ToList();
        var lastWeek = all.Where(r => r.ProcessedAt >= previousStart && r.ProcessedAt < start).ToList();

        var worst = new Dictionary<string, IReadOnlyList<Finding>>(StringComparer.Ordinal);
        foreach (var failed in thisWeek.Where(r => r.Verdict == Verdict.Failed))
        {
            var stored = await findings.GetAsync(failed.Id, cancellationToken).ConfigureAwait(false);
            worst[failed.Id] = stored.Where(f => f.Review is not { IsDismissed: true }).Select(f => f.Finding).ToList();
        }

        var expected = await roster.GetAsync(cancellationToken).ConfigureAwait(false);
        var titles = RuleCatalogue.All().Select(r => r.Descriptor)
            .GroupBy(d => d.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().TitleZh, StringComparer.Ordinal);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), zone).DateTime);
        var corrected = new List<TrackedFinding>();
        await foreach (var finding in tracking.ChangedAsync(FindingState.Corrected, start, end, cancellationToken).ConfigureAwait(false))
        {
            corrected.Add(finding);
        }

        return new DigestSnapshot(week, today, thisWeek, lastWeek, all, expected, worst, titles, settings, deadlines) { Corrected = corrected };
    }

    /// <summary>The instants the week starts and ends at: Monday 00:00 to the next Monday 00:00, local time in <paramref name="zone"/>.</summary>
    public static (DateTimeOffset Start, DateTimeOffset End) Bounds(IsoWeek week, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return (LocalMidnight(week.Monday, zone), LocalMidnight(week.Monday.AddDays(7), zone));
    }

    private static DateTimeOffset LocalMidnight(DateOnly date, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
