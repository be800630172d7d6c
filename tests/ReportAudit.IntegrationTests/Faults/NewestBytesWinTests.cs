using ReportAudit.Core.Ingestion;
using ReportAudit.Core.Storage;
using ReportAudit.Core.Storage.Tables;

namespace ReportAudit.IntegrationTests.Faults;

/// <summary>
/// Two interleaved ingestions of two versions of one blob: the writer holding the older bytes finishes last
/// and must not replace the newer version's row, parsed model or findings.
/// </summary>
[Trait("Category", "Faults")]
public sealed class NewestBytesWinTests : IAsyncLifetime
{
    private const string Path = "tianjin/report.txt";

    private readonly StorageTestEnvironment _env = new();

    public Task InitializeAsync() => _env.InitializeAsync();

    public Task DisposeAsync() => _env.DisposeAsync();

    [Fact]
    public async Task OlderBytesFinishingLast_ChangeNothing()
    {
        var older = await File.ReadAllBytesAsync(StorageTestEnvironment.Sample("002"));
        var newer = await File.ReadAllBytesAsync(StorageTestEnvironment.Sample("004"));
        var blob = _env.Reports.GetBlobClient(Path);
        var ingestion = _env.Get<IReportIngestion>();

        // Version 1 is stored; its event is redelivered later. Version 2 overwrites the blob and is stored first.
        var first = await blob.UploadAsync(BinaryData.FromBytes(older), overwrite: true);
        await ingestion.IngestAsync(Path, new MemoryStream(older), first.Value.ETag.ToString());
        var second = await blob.UploadAsync(BinaryData.FromBytes(newer), overwrite: true);
        var stored = await ingestion.IngestAsync(Path, new MemoryStream(newer), second.Value.ETag.ToString());
        var findingsBefore = (await _env.Get<IFindingRepository>().GetAsync(stored.Report.Id)).Select(f => f.Finding.Id).Order().ToList();
        var parsedBefore = await _env.Get<IParsedReportStore>().GetAsync(stored.Report.Id);

        var late = await ingestion.IngestAsync(Path, new MemoryStream(older), first.Value.ETag.ToString());

        var row = await _env.Get<IReportRepository>().GetAsync(TableKeys.ReportId(Path));
        Assert.False(late.Changed);
        Assert.Equal(stored.Report.ContentHash, row!.ContentHash);
        Assert.Equal("安泰街道办事处", row.Body);
        Assert.Equal(second.Value.ETag.ToString(), row.BlobETag);
        Assert.Equal(parsedBefore, await _env.Get<IParsedReportStore>().GetAsync(stored.Report.Id));
        Assert.Equal(findingsBefore, (await _env.Get<IFindingRepository>().GetAsync(stored.Report.Id)).Select(f => f.Finding.Id).Order().ToList());
    }
}
