using System.Runtime.CompilerServices;
using ReportAudit.Core.Storage;

namespace ReportAudit.Benchmarks;

/// <summary>
/// A read-only <see cref="IReportRepository"/> over synthetic reports made in memory, so that the real
/// <c>TableReportAggregates.RebuildAsync</c> writes the aggregate rows of 100,000 reports (what <c>/api/summary</c> reads)
/// in seconds, without the 100,000 single-entity requests the Reports table (one partition per report) would need.
/// </summary>
internal sealed class SyntheticReports(int count, Func<int, StoredReport> make) : IReportRepository
{
    public Task<StoredReport?> GetAsync(string id, CancellationToken cancellationToken = default) => Task.FromResult<StoredReport?>(null);

    public Task<StoredReport?> TrySaveAsync(StoredReport report, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("synthetic reports are read-only");

    public IAsyncEnumerable<StoredReport> QueryAsync(ReportCriteria criteria, CancellationToken cancellationToken = default) => ListAllAsync(cancellationToken);

    /// <summary>Synthetic reports are counted once, by the rebuild: none is ever left pending.</summary>
    public IAsyncEnumerable<StoredReport> CountsPendingAsync(DateTimeOffset before, CancellationToken cancellationToken = default) => AsyncEnumerable.Empty<StoredReport>();

    public async IAsyncEnumerable<StoredReport> ListAllAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (var i = 0; i < count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return make(i);
        }

        await Task.CompletedTask;
    }
}
