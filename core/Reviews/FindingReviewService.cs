using ReportAudit.Core.Storage;
using ReportAudit.Core.Tracking;

namespace ReportAudit.Core.Reviews;

/// <summary>
/// A supervisor's decision on a finding (confirmed, or dismissed as a false alarm): the review is kept with
/// who and when, and the report is recounted without dismissed findings through the one commit path; the decision
/// is also the finding's next rectification state (<see cref="TrackingService"/>).
/// </summary>
public sealed class FindingReviewService(IFindingRepository findings, IReviewStore reviews, ReportCommits commits, TrackingService tracking, TimeProvider time)
{
    /// <summary>Records the decision; null when the report has no such finding.</summary>
    public async Task<StoredFinding?> ReviewAsync(string reportId, string findingId, ReviewDecision decision, string? note, string reviewer, CancellationToken cancellationToken = default)
    {
        var stored = await findings.GetAsync(reportId, cancellationToken).ConfigureAwait(false);
        var target = stored.FirstOrDefault(f => f.Finding.Id == findingId);
        if (target is null)
        {
            return null;
        }

        var review = new FindingReview(decision, note, reviewer, time.GetUtcNow());
        await reviews.SaveAsync(reportId, findingId, review, cancellationToken).ConfigureAwait(false);
        var all = await reviews.GetAsync(reportId, cancellationToken).ConfigureAwait(false);
        var counted = stored.Select(f => f.Finding).ToList();
        var commit = await commits.UpdateAsync(reportId, before => before is null ? null : ReportTally.Apply(before, counted, all), cancellationToken).ConfigureAwait(false);
        if (commit.Report is { } report)
        {
            await tracking.RecordReviewAsync(report, target.Finding, review, cancellationToken).ConfigureAwait(false);
        }

        return target with { Review = review };
    }
}
