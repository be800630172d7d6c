namespace ReportAudit.Core.Storage;

/// <summary>Summary counters kept up to date as reports are processed, so that summaries never scan every report.</summary>
public interface IReportAggregates
{
    /// <summary>Moves a report's contribution from what it was (null: new) to what it is now.</summary>
    Task ApplyAsync(StoredReport? before, StoredReport after, CancellationToken cancellationToken = default);
}
