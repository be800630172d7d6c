using ReportAudit.Core.Model;
using ReportAudit.Core.Storage;
using ReportAudit.Core.Tracking;
using ReportAudit.Core.Validation;

namespace ReportAudit.Core.Digest;

/// <summary>
/// The facts of one week, read once per run (<see cref="DigestDataSource.LoadAsync"/>), from which each
/// recipient's <see cref="DigestData"/> is cut for their regions. Pure.
/// </summary>
public sealed class DigestSnapshot(
    IsoWeek week,
    DateOnly today,
    IReadOnlyList<StoredReport> thisWeek,
    IReadOnlyList<StoredReport> lastWeek,
    IReadOnlyList<StoredReport> all,
    IReadOnlyList<RosterEntry> roster,
    IReadOnlyDictionary<string, IReadOnlyList<Finding>> findings,
    IReadOnlyDictionary<string, string> ruleTitles,
    DigestOptions options,
    DeadlinePolicy deadlines)
{
    public IsoWeek Week => week;

    public DateOnly Today => today;

    /// <summary>The findings corrected in the week (a later version no longer raised them), all regions.</summary>
    public IReadOnlyList<TrackedFinding> Corrected { get; init; } = [];

    /// <summary>The digest for these regions (empty: all regions).</summary>
    public DigestData For(IReadOnlyCollection<string> regions)
    {
        ArgumentNullException.ThrowIfNull(regions);
        bool InScope(string region) => regions.Count == 0 || regions.Contains(region, StringComparer.OrdinalIgnoreCase);

        var current = thisWeek.Where(r => InScope(r.Region)).ToList();
        var reportingYear = ReportingCalendar.ReportingYear(today);
        var reported = all.Where(r => r.Year == reportingYear && r.BodyKey.Length > 0).Select(r => r.BodyKey).ToHashSet(StringComparer.Ordinal);
        var expected = roster.Where(e => InScope(e.Region)).ToList();
        var missing = expected.Where(e => !reported.Contains(e.BodyKey))
            .Select(e =>
            {
                var (deadline, kind, reason) = deadlines.For(e.Body, null, reportingYear, e.Kind, e.Region);
                return new MissingBody(e.Body, e.Region, kind, deadline, deadline.DayNumber - today.DayNumber, reason);
            })
            .OrderBy(m => m.Deadline).ThenBy(m => m.Region, StringComparer.Ordinal).ThenBy(m => m.Body, StringComparer.Ordinal).ToList();

        return new DigestData
        {
            Week = week,
            Regions = regions.Order(StringComparer.Ordinal).ToList(),
            Today = today,
            Received = current.Count,
            Processed = current.Count(r => r.Status != ReportStatus.Failed),
            ThisWeek = VerdictCounts.Of(current),
            LastWeek = VerdictCounts.Of(lastWeek.Where(r => InScope(r.Region))),
            FailedReports = current.Where(r => r.Verdict == Verdict.Failed)
                .OrderByDescending(r => r.Errors).ThenBy(r => r.Body ?? r.BlobPath, StringComparer.Ordinal)
                .Take(options.MaxFailedReports)
                .Select(Entry)
                .ToList(),
            DateProblems = current.Where(r => r.DateStatus is DateStatus.Late or DateStatus.Impossible)
                .OrderBy(r => EnumNames.Name(r.DateStatus), StringComparer.Ordinal).ThenBy(r => r.Body ?? r.BlobPath, StringComparer.Ordinal)
                .Select(Entry)
                .ToList(),
            RosterSize = expected.Count,
            MissingCount = missing.Count,
            MissingBodies = missing.Take(options.MaxMissingBodies).ToList(),
            TopRules = current.SelectMany(r => r.FiredRules.Distinct(StringComparer.Ordinal))
                .GroupBy(id => id, StringComparer.Ordinal)
                .Select(g => new DigestRuleCount(g.Key, ruleTitles.GetValueOrDefault(g.Key, g.Key), g.Count()))
                .OrderByDescending(c => c.Reports).ThenBy(c => c.RuleId, StringComparer.Ordinal)
                .Take(options.TopRules)
                .ToList(),
            Corrected = Corrected.Where(f => InScope(f.Region))
                .OrderBy(f => f.Region, StringComparer.Ordinal).ThenBy(f => f.Body, StringComparer.Ordinal).ThenBy(f => f.FindingId, StringComparer.Ordinal)
                .Select(f => new DigestCorrection(f.Body ?? f.BodyKey, f.Region, f.Year, f.RuleId, ruleTitles.GetValueOrDefault(f.RuleId, f.RuleId), options.ReportLink(f.ReportId)))
                .ToList(),
            Dashboard = options.Dashboard(),
        };
    }

    private DigestReportEntry Entry(StoredReport r) => new(
        r.Id,
        r.Body ?? r.BlobPath,
        r.Region,
        r.Year,
        r.Errors,
        r.Warnings,
        r.PublishedOn,
        r.Deadline,
        r.DateStatus,
        options.ReportLink(r.Id),
        findings.TryGetValue(r.Id, out var list)
            ? list.OrderByDescending(f => f.Severity).Take(options.FindingsPerReport).ToList()
            : []);
}
