namespace ReportAudit.Core.Storage;

/// <summary>Summary counters kept up to date as reports are processed, so that summaries never scan every report.</summary>
public interface IReportAggregates
{
    /// <summary>Moves a report's contribution from what it was (null: new) to what it is now.</summary>
    Task ApplyAsync(StoredReport? before, StoredReport after, CancellationToken cancellationToken = default);

    /// <summary>The counters of a (year, region): <c>all</c> and <c>_all</c> for every year or region.</summary>
    Task<AggregateRow> GetAsync(string year, string region, CancellationToken cancellationToken = default);

    /// <summary>Recomputes every counter from the report rows and replaces what is stored; returns how many reports were counted.</summary>
    Task<int> RebuildAsync(CancellationToken cancellationToken = default);
}
