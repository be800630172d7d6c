using ReportAudit.Core.Ingestion;
using ReportAudit.Core.Model;
using ReportAudit.Core.Storage;
using ReportAudit.Core.Storage.Tables;

namespace ReportAudit.IntegrationTests.Faults;

/// <summary>
/// A blob whose new version never commits (its row save always fails) is not reconciled forever: the first
/// reconcile processes it and records the failure, the second records it as failed without progress and does
/// not process it again, later ones and the sweep leave it alone; a retry once the fault is gone stores it.
/// </summary>
[Trait("Category", "Faults")]
public sealed class ReconcileLoopTests : IAsyncLifetime
{
    private const string Path = "hebei/stuck.txt";

    private readonly StorageTestEnvironment _env = new();

    public Task InitializeAsync() => _env.InitializeAsync();

    public Task DisposeAsync() => _env.DisposeAsync();

    [Fact]
    public async Task BlobThatNeverCommits_IsGivenUpOnTheSecondReconcile_AndNotHandedOverAgain()
    {
        var blob = _env.Reports.GetBlobClient(Path);
        var first = await File.ReadAllBytesAsync(StorageTestEnvironment.Sample("002"));
        var uploaded = await blob.UploadAsync(BinaryData.FromBytes(first), overwrite: true);
        await _env.Get<IReportIngestion>().IngestAsync(Path, new MemoryStream(first), uploaded.Value.ETag.ToString());

        // The blob is overwritten and its event is lost; every save of the new version's row fails.
        var newer = (await blob.UploadAsync(BinaryData.FromBytes(await File.ReadAllBytesAsync(StorageTestEnvironment.Sample("004"))), overwrite: true)).Value.ETag.ToString().Trim('"');
        var commits = _env.Get<ReportCommits>();
        var tries = 0;
        commits.BeforeRowSaved = row =>
        {
            if (row.BlobETag?.Trim('"') == newer)
            {
                Interlocked.Increment(ref tries);
                throw new InvalidOperationException("the commit of the new version fails");
            }

            return Task.CompletedTask;
        };
        var maintenance = _env.Get<ReportMaintenance>();

        var once = await maintenance.ReconcileAsync();
        var afterOnce = await RowAsync();
        var twice = await maintenance.ReconcileAsync();
        var afterTwice = await RowAsync();
        var thrice = await maintenance.ReconcileAsync();
        var enqueued = await _env.Get<ReportSweep>().SweepAsync();

        Assert.Equal((1, 0, 1), (once.Selected, once.Processed, once.Failed));
        Assert.Equal(ReportStatus.Failed, afterOnce.Status);
        Assert.Equal("the commit of the new version fails", afterOnce.ErrorReason);
        Assert.Equal((newer, 1), (afterOnce.ReconcileETag?.Trim('"'), afterOnce.ReconcileAttempts));
        Assert.Equal((1, 0, 1), (twice.Selected, twice.Processed, twice.Failed));
        Assert.Equal(ReportStatus.Failed, afterTwice.Status);
        Assert.Equal(ReportSweep.StuckReason, afterTwice.ErrorReason);
        Assert.Contains("两次对账均未处理", afterTwice.ErrorReason, StringComparison.Ordinal);
        Assert.Equal(2, afterTwice.ReconcileAttempts);
        Assert.Equal(0, thrice.Selected);
        Assert.Equal(0, enqueued);
        Assert.Equal(1, tries);

        // Once the fault is gone, the retry command processes it and the row catches up with the blob.
        commits.BeforeRowSaved = null;
        var retried = await maintenance.RetryFailedAsync();
        var row = await RowAsync();
        Assert.Equal(1, retried.Processed);
        Assert.Equal(newer, row.BlobETag?.Trim('"'));
        Assert.Equal("安泰街道办事处", row.Body);
        Assert.NotEqual(ReportStatus.Failed, row.Status);
        Assert.Null(row.ReconcileETag);
        Assert.Equal(0, (await maintenance.ReconcileAsync()).Selected);
    }

    [Fact]
    public async Task BlobWaitingForItsEvent_IsHandedOverAgain_NotGivenUp()
    {
        var blob = _env.Reports.GetBlobClient(Path);
        var first = await File.ReadAllBytesAsync(StorageTestEnvironment.Sample("002"));
        var uploaded = await blob.UploadAsync(BinaryData.FromBytes(first), overwrite: true);
        await _env.Get<IReportIngestion>().IngestAsync(Path, new MemoryStream(first), uploaded.Value.ETag.ToString());
        await blob.UploadAsync(BinaryData.FromBytes(await File.ReadAllBytesAsync(StorageTestEnvironment.Sample("004"))), overwrite: true);
        var sweep = _env.Get<ReportSweep>();

        // Handed over to the queue (nothing consumes it here): not failed, so a later hand-over is no reason to give up.
        var enqueued = await sweep.SweepAsync();
        var selection = await sweep.SelectAsync();

        var row = await RowAsync();
        Assert.Equal(1, enqueued);
        Assert.Equal(new[] { Path }, selection.Paths);
        Assert.Equal(0, selection.GaveUp);
        Assert.NotEqual(ReportStatus.Failed, row.Status);
    }

    private async Task<StoredReport> RowAsync() => (await _env.Get<IReportRepository>().GetAsync(TableKeys.ReportId(Path)))!;
}
