using Microsoft.Extensions.Options;
using ReportAudit.Core.Notices;
using ReportAudit.Core.Storage;
using ReportAudit.Core.Validation;

namespace ReportAudit.Core.Tracking;

/// <summary>
/// Rectification tracking: moves findings through <see cref="FindingState"/> and keeps each move with who and when.
/// A review confirms or dismisses; a produced 整改通知 notifies the confirmed findings it includes; a later version of
/// the same body-year that no longer raises a confirmed or notified finding corrects it. Counts per region and body,
/// with the notified findings past the notice's reply deadline as overdue.
/// </summary>
public sealed class TrackingService(
    IReportRepository reports,
    IFindingRepository findings,
    IReviewStore reviews,
    ITrackingStore store,
    IBodyIndex bodies,
    IOptions<NoticeOptions> notices,
    TimeProvider time)
{
    /// <summary>Records a supervisor's review (confirmed or dismissed) as the finding's next state.</summary>
    public async Task RecordReviewAsync(StoredReport report, Finding finding, FindingReview review, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(finding);
        ArgumentNullException.ThrowIfNull(review);
        if (FindingStateNames.OfReview(review) is not { } state)
        {
            return;
        }

        var tracked = await store.GetAsync(report.Id, cancellationToken).ConfigureAwait(false);
        var current = tracked.GetValueOrDefault(finding.Id) ?? New(report, finding.Id, finding.RuleId);
        await store.SaveAsync(current.Moved(new FindingStateChange(state, review.Reviewer, review.ReviewedAt, review.Note)), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Marks the confirmed findings a notice includes as notified, with the reply deadline counted from
    /// <paramref name="issuedOn"/>. A finding already notified keeps its first deadline.
    /// </summary>
    public async Task MarkNotifiedAsync(IEnumerable<RectificationNotice> produced, DateOnly issuedOn, string by, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(produced);
        var due = issuedOn.AddDays(notices.Value.ReplyDays);
        var now = time.GetUtcNow();
        foreach (var report in produced.SelectMany(n => n.Reports))
        {
            var tracked = await store.GetAsync(report.Report.Id, cancellationToken).ConfigureAwait(false);
            foreach (var confirmed in report.Confirmed)
            {
                var current = tracked.GetValueOrDefault(confirmed.Finding.Id)
                    ?? New(report.Report, confirmed.Finding.Id, confirmed.Finding.RuleId).Moved(new FindingStateChange(FindingState.Confirmed, confirmed.Review!.Reviewer, confirmed.Review.ReviewedAt, confirmed.Review.Note));
                if (current.State != FindingState.Confirmed)
                {
                    continue;
                }

                var note = $"整改通知 {issuedOn:yyyy-MM-dd}，回复期限 {due:yyyy-MM-dd} notice issued, reply due";
                await store.SaveAsync(current.Moved(new FindingStateChange(FindingState.Notified, by, now, note)) with { DueOn = due }, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// A new version of a body-year was stored as <paramref name="report"/> with <paramref name="raised"/> findings: the
    /// previous version's confirmed or notified findings it no longer raises are corrected; those it still raises, when
    /// the new version is another blob, are carried over to it with their state, history and review.
    /// </summary>
    public async Task VersionArrivedAsync(StoredReport report, ReportVersion version, IReadOnlyList<Finding> raised, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(raised);
        if (version.Change is not { } change)
        {
            return;
        }

        var previousId = change.PreviousReportId;
        var still = raised.Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        var tracked = await store.GetAsync(previousId, cancellationToken).ConfigureAwait(false);
        var reviewed = await reviews.GetAsync(previousId, cancellationToken).ConfigureAwait(false);
        var previous = previousId == report.Id ? report : await reports.GetAsync(previousId, cancellationToken).ConfigureAwait(false) ?? report;

        // Reviews made before tracking was kept have no tracked row: their decision is their state.
        var candidates = tracked.Values.ToDictionary(t => t.FindingId, StringComparer.Ordinal);
        foreach (var (findingId, review) in reviewed.Where(r => !candidates.ContainsKey(UnescapedId(r.Key))))
        {
            var id = UnescapedId(findingId);
            candidates[id] = New(previous, id, RuleOf(id)).Moved(new FindingStateChange(FindingStateNames.OfReview(review) ?? FindingState.Open, review.Reviewer, review.ReviewedAt, review.Note));
        }

        var by = $"第{version.Number}版 version {version.Number}";
        foreach (var finding in candidates.Values.Where(c => c.State is FindingState.Confirmed or FindingState.Notified))
        {
            if (!still.Contains(finding.FindingId))
            {
                var note = $"第{version.Number}版（{report.BlobPath}）不再有此问题 no longer raised by version {version.Number}";
                await store.SaveAsync(finding.Moved(new FindingStateChange(FindingState.Corrected, by, version.ReceivedAt, note)), cancellationToken).ConfigureAwait(false);
            }
            else if (previousId != report.Id)
            {
                var carried = finding with { ReportId = report.Id, Body = report.Body, BodyKey = report.BodyKey, Region = report.Region, Year = report.Year };
                var note = $"第{version.Number}版（{report.BlobPath}）仍有此问题 still raised by version {version.Number}";
                await store.SaveAsync(carried with { History = [.. finding.History, new FindingStateChange(finding.State, by, version.ReceivedAt, note)] }, cancellationToken).ConfigureAwait(false);
                if (reviewed.TryGetValue(TrackedKey(finding.FindingId), out var review))
                {
                    await reviews.SaveAsync(report.Id, finding.FindingId, review, cancellationToken).ConfigureAwait(false);
                }
            }
        }
    }

    /// <summary>The tracked findings of a report with their histories, by finding id.</summary>
    public Task<IReadOnlyDictionary<string, TrackedFinding>> ForReportAsync(string reportId, CancellationToken cancellationToken = default) =>
        store.GetAsync(reportId, cancellationToken);

    /// <summary>
    /// The counts of the reports of <paramref name="region"/> and <paramref name="year"/> (null: all). The current version of
    /// each body-year counts all its findings (open: not reviewed); an earlier version only counts what it corrected.
    /// </summary>
    public async Task<TrackingSummary> CountsAsync(string? region, int? year, CancellationToken cancellationToken = default)
    {
        var today = Today();
        var total = TrackingCounts.Empty;
        var byRegion = new SortedDictionary<string, TrackingCounts>(StringComparer.Ordinal);
        var byBody = new SortedDictionary<(string Region, string Key), (string Name, TrackingCounts Counts)>();
        var currentOf = new Dictionary<(string, int), string?>();
        await foreach (var report in reports.QueryAsync(new ReportCriteria { Region = region, Year = year }, cancellationToken).ConfigureAwait(false))
        {
            var isCurrent = true;
            if (report is { BodyKey.Length: > 0, Year: { } y })
            {
                if (!currentOf.TryGetValue((report.BodyKey, y), out var currentId))
                {
                    currentId = (await bodies.GetAsync(report.BodyKey, y, cancellationToken).ConfigureAwait(false))?.ReportId;
                    currentOf[(report.BodyKey, y)] = currentId;
                }

                isCurrent = currentId is null || currentId == report.Id;
            }

            var tracked = await store.GetAsync(report.Id, cancellationToken).ConfigureAwait(false);
            var states = new List<(FindingState State, bool Overdue)>();
            if (isCurrent)
            {
                foreach (var stored in await findings.GetAsync(report.Id, cancellationToken).ConfigureAwait(false))
                {
                    var state = tracked.TryGetValue(stored.Finding.Id, out var t) ? t.State : FindingStateNames.OfReview(stored.Review) ?? FindingState.Open;
                    states.Add((state, t?.IsOverdue(today) ?? false));
                }
            }

            states.AddRange(tracked.Values.Where(t => t.State == FindingState.Corrected).Select(t => (t.State, false)));
            var counts = states.Aggregate(TrackingCounts.Empty, (c, s) => c.Add(s.State, s.Overdue));
            var bodyKey = report.BodyKey is { Length: > 0 } k ? k : BodyKey.Of(report.Body ?? report.BlobPath);
            total = Sum(total, counts);
            byRegion[report.Region] = Sum(byRegion.GetValueOrDefault(report.Region) ?? TrackingCounts.Empty, counts);
            var body = byBody.TryGetValue((report.Region, bodyKey), out var b) ? b : (report.Body ?? report.BlobPath, TrackingCounts.Empty);
            byBody[(report.Region, bodyKey)] = (body.Item1, Sum(body.Item2, counts));
        }

        return new TrackingSummary(
            today,
            total,
            byRegion.Select(r => new TrackingGroup(r.Key, null, null, r.Value)).ToList(),
            byBody.Select(b => new TrackingGroup(b.Key.Region, b.Value.Name, b.Key.Key, b.Value.Counts)).ToList());
    }

    /// <summary>Today where the bodies are (<see cref="NoticeOptions.TimeZone"/>): a deadline passes at their midnight.</summary>
    public DateOnly Today()
    {
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(notices.Value.TimeZone, out var found) ? found : TimeZoneInfo.Utc;
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), zone).DateTime);
    }

    private static TrackingCounts Sum(TrackingCounts a, TrackingCounts b) =>
        new(a.Open + b.Open, a.Confirmed + b.Confirmed, a.Notified + b.Notified, a.Corrected + b.Corrected, a.Dismissed + b.Dismissed, a.Overdue + b.Overdue);

    private static TrackedFinding New(StoredReport report, string findingId, string ruleId) =>
        new(report.Id, findingId, ruleId, report.Body, report.BodyKey, report.Region, report.Year, FindingState.Open, null, []);

    /// <summary>A finding id begins with its rule id (<see cref="Finding.Id"/>).</summary>
    private static string RuleOf(string findingId) => findingId.Split(':')[0];

    /// <summary>Review rows are keyed by the escaped finding id; ids hold no character that needs it in practice, but unescape to be exact.</summary>
    private static string UnescapedId(string key) => Uri.UnescapeDataString(key);

    private static string TrackedKey(string findingId) => Storage.Tables.TableKeys.Escape(findingId);
}
