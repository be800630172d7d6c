namespace ReportAudit.Core.Storage;

/// <summary>Keeps no aggregates (for the parse-and-check command line, which stores nothing).</summary>
public sealed class NoAggregates : IReportAggregates
{
    public Task ApplyAsync(StoredReport? before, StoredReport after, CancellationToken cancellationToken = default) => Task.CompletedTask;
}
