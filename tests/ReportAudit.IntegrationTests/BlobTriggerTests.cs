using ReportAudit.Core.Model;
using ReportAudit.Core.Storage;
using ReportAudit.Core.Storage.Tables;

namespace ReportAudit.IntegrationTests;

/// <summary>
/// Files dropped straight into the container in the local runner, as a user would with another tool: the sweep
/// raises their events and the WebJobs SDK's queue trigger processes them.
/// </summary>
[Trait("Category", "Integration")]
public sealed class BlobTriggerTests(LocalRunnerFixture runner) : IClassFixture<LocalRunnerFixture>
{
    [Fact]
    public async Task Upload_ThroughTheBlobTrigger_AppearsInTheReportsTable()
    {
        var bytes = await File.ReadAllBytesAsync(StorageTestEnvironment.Sample("002"));

        await runner.Storage.Reports.UploadBlobAsync("uploads/002-copy.txt", BinaryData.FromBytes(bytes));

        var id = TableKeys.ReportId("uploads/002-copy.txt");
        var stored = await WaitForReportAsync(id);

        Assert.NotNull(stored);
        Assert.Equal("天津市静海区人民政府办公室", stored.Body);
        Assert.Equal("uploads", stored.Region);
        Assert.False(string.IsNullOrEmpty(stored.BlobETag));
    }

    [Fact]
    public async Task Upload_WithMetadataBody_TheTriggerStoresThatBody()
    {
        var bytes = await File.ReadAllBytesAsync(StorageTestEnvironment.Sample("000"));
        var options = new Azure.Storage.Blobs.Models.BlobUploadOptions { Metadata = new Dictionary<string, string> { ["body"] = Uri.EscapeDataString("安居区人民政府办公室") } };

        await runner.Storage.Reports.GetBlobClient("uploads/000-named.txt").UploadAsync(BinaryData.FromBytes(bytes), options);

        var stored = await WaitForReportAsync(TableKeys.ReportId("uploads/000-named.txt"));
        Assert.NotNull(stored);
        Assert.Equal("安居区人民政府办公室", stored.Body);
    }

    [Fact]
    public async Task Upload_UnsupportedFile_IsRecordedAsUnparseableAndKept()
    {
        await runner.Storage.Reports.UploadBlobAsync("uploads/scan.pdf", BinaryData.FromString("%PDF-1.4 not really"));

        var id = TableKeys.ReportId("uploads/scan.pdf");
        var stored = await WaitForReportAsync(id);

        Assert.Equal(ReportStatus.Unparseable, stored!.Status);
        Assert.False(string.IsNullOrEmpty(stored.ErrorReason));
        Assert.True(await runner.Storage.Reports.GetBlobClient("uploads/scan.pdf").ExistsAsync());
    }

    private Task<StoredReport?> WaitForReportAsync(string id) => Poll.UntilAsync(() => runner.Get<IReportRepository>().GetAsync(id));
}
