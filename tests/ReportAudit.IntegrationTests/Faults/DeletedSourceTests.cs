using Microsoft.Extensions.DependencyInjection;
using ReportAudit.Core.Api;
using ReportAudit.Core.Ingestion;
using ReportAudit.Core.Storage;
using ReportAudit.Core.Storage.Tables;

namespace ReportAudit.IntegrationTests.Faults;

/// <summary>A deleted source blob (Event Grid's BlobDeleted in Azure, the sweep locally) marks its report; it leaves the counts, lists and exports.</summary>
[Trait("Category", "Faults")]
public sealed class DeletedSourceTests : IAsyncLifetime
{
    private readonly StorageTestEnvironment _env = new();

    public Task InitializeAsync() => _env.InitializeAsync();

    public Task DisposeAsync() => _env.DisposeAsync();

    [Fact]
    public async Task BlobDeletedEvent_MarksTheReport_AndLeavesSummaryListsAndExports()
    {
        await UploadAndProcessAsync("hebei/000.txt", "000");
        await UploadAndProcessAsync("hebei/004.txt", "004");
        await _env.Reports.DeleteBlobAsync("hebei/004.txt");

        await _env.Get<ReportEventProcessor>().HandleAsync(new BlobEvent(BlobEventKind.Deleted, _env.ReportsContainer, "hebei/004.txt", null).ToMessage());

        var row = await _env.Get<IReportRepository>().GetAsync(TableKeys.ReportId("hebei/004.txt"));
        Assert.True(row!.SourceDeleted);
        Assert.Equal(1, (await _env.Get<IReportAggregates>().GetAsync("all", "_all")).Counters.GetValueOrDefault("reports"));
        var api = _env.Get<ReportApi>();
        Assert.DoesNotContain("hebei/004.txt", await TextAsync(await api.ExportReportsAsync(_ => null)), StringComparison.Ordinal);
        Assert.Contains("hebei/004.txt", await TextAsync(await api.ExportReportsAsync(name => name == "deleted" ? "true" : null)), StringComparison.Ordinal);
        Assert.Contains("\"sourceDeleted\":true", await TextAsync(await api.ListReportsAsync(name => name == "deleted" ? "true" : null)), StringComparison.Ordinal);
        Assert.DoesNotContain("hebei/004.txt", await TextAsync(await api.ListReportsAsync(_ => null)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BlobDeletedWithoutAnEvent_SweepMarksIt_AndAReuploadCountsItAgain()
    {
        await UploadAndProcessAsync("hebei/001.txt", "001");
        await _env.Reports.DeleteBlobAsync("hebei/001.txt");

        var marked = await _env.Get<ReportSweep>().MarkDeletedAsync();
        var countedWhileDeleted = (await _env.Get<IReportAggregates>().GetAsync("all", "_all")).Counters.GetValueOrDefault("reports");
        await UploadAndProcessAsync("hebei/001.txt", "001");

        Assert.Equal(1, marked);
        Assert.Equal(0, countedWhileDeleted);
        Assert.False((await _env.Get<IReportRepository>().GetAsync(TableKeys.ReportId("hebei/001.txt")))!.SourceDeleted);
        Assert.Equal(1, (await _env.Get<IReportAggregates>().GetAsync("all", "_all")).Counters.GetValueOrDefault("reports"));
    }

    [Fact]
    public async Task BlobUploadedAfterTheListing_IsNotMarkedDeleted()
    {
        // The listing was taken before this blob's upload completed, the rows were read after it was stored: the blob
        // is missing from the listing but not gone (seen in the load benchmark: 252 of 1,000 fresh reports marked).
        await UploadAndProcessAsync("hebei/001.txt", "001");
        await UploadAndProcessAsync("hebei/002.txt", "002");
        var listingBeforeTheUpload = new ListingWithout(_env.Get<IReportFileStore>(), "hebei/002.txt");
        var sweep = ActivatorUtilities.CreateInstance<ReportSweep>(_env.Services, listingBeforeTheUpload);
        await _env.Reports.DeleteBlobAsync("hebei/001.txt");

        var marked = await sweep.MarkDeletedAsync();

        var repository = _env.Get<IReportRepository>();
        Assert.Equal(1, marked);
        Assert.True((await repository.GetAsync(TableKeys.ReportId("hebei/001.txt")))!.SourceDeleted);
        Assert.False((await repository.GetAsync(TableKeys.ReportId("hebei/002.txt")))!.SourceDeleted);
        Assert.Equal(1, (await _env.Get<IReportAggregates>().GetAsync("all", "_all")).Counters.GetValueOrDefault("reports"));
    }

    private async Task UploadAndProcessAsync(string path, string sample)
    {
        await _env.Reports.GetBlobClient(path).UploadAsync(BinaryData.FromBytes(await File.ReadAllBytesAsync(StorageTestEnvironment.Sample(sample))), overwrite: true);
        Assert.Equal(BlobProcessing.Ingested, await _env.Get<BlobProcessor>().ProcessAsync(path, force: false));
    }

    /// <summary>The answer's text, whether it came whole or streamed.</summary>
    private static async Task<string> TextAsync(ApiResult result)
    {
        if (result.Writer is null)
        {
            return System.Text.Encoding.UTF8.GetString(result.Body);
        }

        using var written = new MemoryStream();
        await result.Writer(written, CancellationToken.None);
        return System.Text.Encoding.UTF8.GetString(written.ToArray());
    }

    /// <summary>The container as a listing taken before <paramref name="missing"/> was uploaded: everything else is the real store.</summary>
    private sealed class ListingWithout(IReportFileStore store, string missing) : IReportFileStore
    {
        public Task<(Stream Content, string? ETag, long Size, IDictionary<string, string> Metadata, DateTimeOffset CreatedOn)?> OpenAsync(string blobPath, CancellationToken cancellationToken = default) =>
            store.OpenAsync(blobPath, cancellationToken);

        public Task<string?> ETagAsync(string blobPath, CancellationToken cancellationToken = default) => store.ETagAsync(blobPath, cancellationToken);

        public async IAsyncEnumerable<(string BlobPath, string ETag, DateTimeOffset LastModified)> ListAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            await foreach (var blob in store.ListAsync(cancellationToken).ConfigureAwait(false))
            {
                if (blob.BlobPath != missing)
                {
                    yield return blob;
                }
            }
        }

        public Task<string> UploadAsync(string blobPath, Stream content, CancellationToken cancellationToken = default) => store.UploadAsync(blobPath, content, cancellationToken);

        public Uri LinkTo(string blobPath) => store.LinkTo(blobPath);
    }
}
