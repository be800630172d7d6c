using ReportAudit.Core.Model;
using ReportAudit.Core.Storage.Tables;
using ReportAudit.Core.Validation;

namespace ReportAudit.Core.Storage;

/// <summary>
/// A report's counts, fired rules, date status and verdict from its findings, leaving out those a
/// supervisor dismissed as false alarms: a dismissed finding no longer counts against the report.
/// </summary>
public static class ReportTally
{
    public static StoredReport Apply(StoredReport report, IReadOnlyList<Finding> findings, IReadOnlyDictionary<string, FindingReview> reviews)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(reviews);
        if (report.Status is ReportStatus.Unparseable or ReportStatus.Failed)
        {
            return report with { Verdict = Verdict.Unparseable, Errors = 0, Warnings = 0, Notices = 0, FiredRules = [] };
        }

        var counted = findings.Where(f => !(reviews.TryGetValue(TableKeys.Escape(f.Id), out var r) && r.IsDismissed)).ToList();
        var fired = counted.Select(f => f.RuleId).Distinct(StringComparer.Ordinal).ToArray();
        return report with
        {
            Errors = counted.Count(f => f.Severity == Severity.Error),
            Warnings = counted.Count(f => f.Severity == Severity.Warning),
            Notices = counted.Count(f => f.Severity == Severity.Notice),
            FiredRules = fired,
            Verdict = ValidationResult.VerdictOf(counted.Select(f => f.Severity)),
            DateStatus = fired.Contains("date.impossible") ? DateStatus.Impossible
                : fired.Contains("date.late") ? DateStatus.Late
                : report.PublishedOn is null ? DateStatus.Unknown : DateStatus.OnTime,
        };
    }
}
