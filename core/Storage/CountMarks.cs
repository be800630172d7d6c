namespace ReportAudit.Core.Storage;

/// <summary>Marks a report row as due for the next count repair (<see cref="CountRepair"/>).</summary>
internal static class CountMarks
{
    private const int MaxAttempts = 10;

    /// <summary>
    /// Sets the row's <see cref="StoredReport.CountPendingSince"/> to <paramref name="due"/> (or keeps an earlier mark), under
    /// its ETag, reading it again as often as other writers change it meanwhile: a mark lost to a concurrent save would
    /// leave counts that drifted with nothing left to repair them.
    /// </summary>
    public static async Task MarkDueAsync(IReportRepository reports, string id, DateTimeOffset due, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var current = await reports.GetAsync(id, cancellationToken).ConfigureAwait(false);
            if (current is null || current.CountPendingSince <= due)
            {
                return;
            }

            if (await reports.TrySaveAsync(current with { CountPendingSince = due }, cancellationToken).ConfigureAwait(false) is not null)
            {
                return;
            }
        }
    }
}
