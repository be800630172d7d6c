using Microsoft.Extensions.Logging;

namespace ReportAudit.Core.Storage;

/// <summary>
/// The one commit path of a report row: read it, apply a change, save under its ETag, then move the
/// aggregates from the old row to the new one. A concurrent writer makes the save fail; the change is then
/// applied again to the row as it now is, up to <see cref="MaxAttempts"/> times, and a give-up is logged.
/// The row is saved marked <see cref="StoredReport.CountPendingSince"/> and the mark is cleared once the
/// aggregates moved, so a crash between the two leaves a mark that <see cref="CountRepair"/> finds.
/// </summary>
public sealed partial class ReportCommits(IReportRepository reports, IReportAggregates aggregates, StorageOptions options, TimeProvider time, ILogger<ReportCommits> logger)
{
    public const int MaxAttempts = 5;

    /// <summary>
    /// Fault-injection point for the fault tests: runs after the row is saved and before the aggregates move
    /// (a throw here is a crash at the worst moment). Null in the app.
    /// </summary>
    public Func<StoredReport, Task>? AfterRowSaved { get; set; }

    /// <summary>
    /// Fault-injection point for the fault tests: runs before the row is saved (a throw here is a commit that never
    /// happens: the row stays as it was). Null in the app.
    /// </summary>
    public Func<StoredReport, Task>? BeforeRowSaved { get; set; }

    /// <summary>
    /// Applies <paramref name="change"/> to the current row (null when there is none). The change returns the
    /// new row, or null to leave the row as it is. Returns the outcome: the saved row, or the row left as it
    /// was, or a give-up after <see cref="MaxAttempts"/> conflicts.
    /// </summary>
    public async Task<ReportCommit> UpdateAsync(string id, Func<StoredReport?, StoredReport?> change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var before = await reports.GetAsync(id, cancellationToken).ConfigureAwait(false);
            if (change(before) is not { } next)
            {
                return new ReportCommit(ReportCommitOutcome.Unchanged, before);
            }

            if (await TrySaveAsync(before, next, cancellationToken).ConfigureAwait(false) is { } saved)
            {
                return new ReportCommit(ReportCommitOutcome.Saved, saved);
            }

            Log.Conflict(logger, id, attempt);
        }

        Log.GaveUp(logger, id, MaxAttempts);
        return new ReportCommit(ReportCommitOutcome.GaveUp, null);
    }

    /// <summary>
    /// One attempt: saves <paramref name="next"/> if the row is still <paramref name="before"/> (by ETag; null: no row)
    /// and moves the aggregates from <paramref name="before"/> to it. Null when another writer got there first.
    /// For writers with their own retry loop (ingestion redoes its work when the row changed under it).
    /// </summary>
    public async Task<StoredReport?> TrySaveAsync(StoredReport? before, StoredReport next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(next);
        var now = time.GetUtcNow();
        if (BeforeRowSaved is { } refusal)
        {
            await refusal(next).ConfigureAwait(false);
        }

        if (await reports.TrySaveAsync(next with { ETag = before?.ETag, CountPendingSince = now }, cancellationToken).ConfigureAwait(false) is not { } saved)
        {
            return null;
        }

        if (AfterRowSaved is { } fault)
        {
            await fault(saved).ConfigureAwait(false);
        }

        await aggregates.ApplyAsync(before, saved, cancellationToken).ConfigureAwait(false);

        // A row still marked from an earlier writer that never moved its counts (a crash) keeps the mark, so the
        // repair recounts: moving from that row's contribution, which was never added, would be wrong too.
        if (before?.CountPendingSince is { } earlier && now - earlier > options.CountRepairAfter)
        {
            return saved with { CountPendingSince = earlier };
        }

        if (await reports.TrySaveAsync(saved with { CountPendingSince = null }, cancellationToken).ConfigureAwait(false) is { } cleared)
        {
            return cleared;
        }

        // The row changed after this save. When a repair cleared the mark meanwhile (it took this slow commit for a
        // crash and recounted), these counts may have moved twice: the row is marked as due for the next repair.
        if (await reports.GetAsync(saved.Id, cancellationToken).ConfigureAwait(false) is { CountPendingSince: null })
        {
            Log.CountedTwice(logger, saved.Id);
            await CountMarks.MarkDueAsync(reports, saved.Id, now - options.CountRepairAfter - TimeSpan.FromSeconds(1), cancellationToken).ConfigureAwait(false);
        }

        return saved;
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 1201, Level = LogLevel.Information, Message = "Report {Id} was saved by another writer meanwhile (attempt {Attempt}); applying the change again")]
        public static partial void Conflict(ILogger logger, string id, int attempt);

        [LoggerMessage(EventId = 1206, Level = LogLevel.Warning, Message = "Report {Id}: a repair recounted while this commit moved its counts; marked for the next repair")]
        public static partial void CountedTwice(ILogger logger, string id);

        [LoggerMessage(EventId = 1202, Level = LogLevel.Warning, Message = "Report {Id}: gave up after {Attempts} conflicting writes; the change was not saved")]
        public static partial void GaveUp(ILogger logger, string id, int attempts);
    }
}
