using ReportAudit.Core.Model;
using ReportAudit.Core.Storage;
using ReportAudit.Core.Validation;

namespace ReportAudit.Core.Tests.Storage;

public sealed class CountMarksTests
{
    private static readonly DateTimeOffset Due = new(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task MarkDue_RowChangedByOtherWritersTwice_IsMarkedOnTheThirdRead()
    {
        var reports = new BusyRows(Row(pending: null), changesBeforeASaveHolds: 2);

        await CountMarks.MarkDueAsync(reports, "r1", Due, CancellationToken.None);

        Assert.Equal(Due, reports.Stored.CountPendingSince);
        Assert.Equal(3, reports.Saves);
    }

    [Fact]
    public async Task MarkDue_RowAlreadyMarkedEarlier_KeepsTheEarlierMark()
    {
        var earlier = Due.AddMinutes(-10);
        var reports = new BusyRows(Row(pending: earlier), changesBeforeASaveHolds: 0);

        await CountMarks.MarkDueAsync(reports, "r1", Due, CancellationToken.None);

        Assert.Equal(earlier, reports.Stored.CountPendingSince);
        Assert.Equal(0, reports.Saves);
    }

    private static StoredReport Row(DateTimeOffset? pending) => new()
    {
        Id = "r1",
        BlobPath = "hebei/r1.html",
        Region = "hebei",
        Status = ReportStatus.Parsed,
        Verdict = Verdict.Passed,
        ContentHash = "h",
        ParserVersion = "v",
        CountPendingSince = pending,
        ETag = "1",
    };

    /// <summary>A row that other writers save again (a new ETag) before each of the first saves made here.</summary>
    private sealed class BusyRows(StoredReport row, int changesBeforeASaveHolds) : IReportRepository
    {
        private int _changes = changesBeforeASaveHolds;

        public StoredReport Stored { get; private set; } = row;

        public int Saves { get; private set; }

        public Task<StoredReport?> GetAsync(string id, CancellationToken cancellationToken = default) => Task.FromResult<StoredReport?>(Stored);

        public Task<StoredReport?> TrySaveAsync(StoredReport report, CancellationToken cancellationToken = default)
        {
            Saves++;
            if (_changes-- > 0)
            {
                Stored = Stored with { ETag = Stored.ETag + "+" };
            }

            if (report.ETag != Stored.ETag)
            {
                return Task.FromResult<StoredReport?>(null);
            }

            Stored = report with { ETag = Stored.ETag + "'" };
            return Task.FromResult<StoredReport?>(Stored);
        }

        public IAsyncEnumerable<StoredReport> QueryAsync(ReportCriteria criteria, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public IAsyncEnumerable<StoredReport> CountsPendingAsync(DateTimeOffset before, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public IAsyncEnumerable<StoredReport> ListAllAsync(CancellationToken cancellationToken = default) => throw new NotSupportedException();
    }
}
