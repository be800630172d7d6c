using ReportAudit.Core.Ingestion;
using ReportAudit.Core.Storage;
using ReportAudit.Core.Storage.Tables;

namespace ReportAudit.IntegrationTests.Faults;

/// <summary>
/// A crash between a report row's save and its counters (the fault point of <see cref="ReportCommits"/>): the
/// restarted pipeline skips the blob as unchanged, and the sweep's repair makes the summary equal the rows again.
/// </summary>
[Trait("Category", "Faults")]
public sealed class CountsAfterACrashTests : IAsyncLifetime
{
    private readonly StorageTestEnvironment _env = new(new Dictionary<string, string?> { ["Storage:CountRepairAfter"] = "00:00:00" });

    public Task InitializeAsync() => _env.InitializeAsync();

    public Task DisposeAsync() => _env.DisposeAsync();

    [Fact]
    public async Task CrashAfterTheRowSave_SweepRepairsTheCounts_WithoutAManualRebuild()
    {
        var commits = _env.Get<ReportCommits>();
        await IngestAsync("hebei/000.txt", "000");
        commits.AfterRowSaved = _ => throw new InvalidOperationException("killed between the row and the counters");

        await Assert.ThrowsAsync<InvalidOperationException>(() => IngestAsync("hebei/004.txt", "004"));
        commits.AfterRowSaved = null;
        var rowsAfterCrash = (await _env.Get<IReportRepository>().ListAllAsync().ToListAsync()).Count;
        var countedAfterCrash = await CountedAsync();

        // The restarted pipeline: the same bytes again are skipped as unchanged, which alone would never repair.
        var again = await IngestAsync("hebei/004.txt", "004");
        await _env.Get<ReportSweep>().SweepAsync();

        Assert.Equal(2, rowsAfterCrash);
        Assert.Equal(1, countedAfterCrash);
        Assert.False(again.Changed);
        Assert.Equal(2, await CountedAsync());
        Assert.Equal(2, (await _env.Get<IReportAggregates>().GetAsync("all", "hebei")).Counters.GetValueOrDefault("reports"));
        Assert.Null((await _env.Get<IReportRepository>().GetAsync(TableKeys.ReportId("hebei/004.txt")))!.CountPendingSince);
    }

    [Fact]
    public async Task NoCrash_LeavesNoMark_AndNothingToRepair()
    {
        await IngestAsync("hebei/001.txt", "001");

        var repaired = await _env.Get<CountRepair>().RepairAsync();

        Assert.Equal(0, repaired);
        Assert.Null((await _env.Get<IReportRepository>().GetAsync(TableKeys.ReportId("hebei/001.txt")))!.CountPendingSince);
        Assert.Equal(1, await CountedAsync());
    }

    private async Task<long> CountedAsync() => (await _env.Get<IReportAggregates>().GetAsync("all", "_all")).Counters.GetValueOrDefault("reports");

    /// <summary>As the trigger does: the file is in the container, then it is ingested.</summary>
    private async Task<IngestionOutcome> IngestAsync(string path, string sample)
    {
        var bytes = await File.ReadAllBytesAsync(StorageTestEnvironment.Sample(sample));
        var uploaded = await _env.Reports.GetBlobClient(path).UploadAsync(BinaryData.FromBytes(bytes), overwrite: true);
        return await _env.Get<IReportIngestion>().IngestAsync(path, new MemoryStream(bytes), uploaded.Value.ETag.ToString());
    }
}
