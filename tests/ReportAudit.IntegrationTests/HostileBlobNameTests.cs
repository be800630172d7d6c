using System.Net;
using ReportAudit.Core.Ingestion;
using ReportAudit.Core.Model;
using ReportAudit.Core.Storage;
using ReportAudit.Core.Storage.Tables;

namespace ReportAudit.IntegrationTests;

/// <summary>
/// A blob whose name holds a control character (U+0007) breaks every listing of its container. The local
/// runner must keep running, process every valid upload, and record the hostile blob with the reason.
/// </summary>
[Trait("Category", "Integration")]
public sealed class HostileBlobNameTests(LocalRunnerFixture runner) : IClassFixture<LocalRunnerFixture>
{
    private const string Hostile = "hostile/\u0007bell.txt";

    [Fact]
    public async Task ControlCharacterInAName_ValidUploadsAreStoredAndTheRunnerKeepsServing()
    {
        var sample = await File.ReadAllBytesAsync(StorageTestEnvironment.Sample("004"));
        await runner.Storage.Reports.UploadBlobAsync(Hostile, BinaryData.FromBytes(sample));
        var uploads = runner.Get<ReportUploads>();
        var valid = new[] { "fujian/a.txt", "fujian/b.txt", "fujian/c.txt" };
        foreach (var (name, i) in valid.Select((n, i) => (n, i)))
        {
            var bytes = await File.ReadAllBytesAsync(StorageTestEnvironment.Sample(new[] { "000", "002", "004" }[i]));
            await uploads.UploadAsync(name, new MemoryStream(bytes));
        }

        // Event Grid raises an event for the hostile blob too; the sweep's listings keep failing meanwhile.
        await runner.Get<IReportEventQueue>().EnqueueAsync(new BlobEvent(BlobEventKind.Created, runner.Storage.ReportsContainer, Hostile, null).ToMessage());
        await Task.Delay(TimeSpan.FromSeconds(3));

        foreach (var name in valid)
        {
            var stored = await Poll.UntilAsync(() => runner.Get<IReportRepository>().GetAsync(TableKeys.ReportId(name)));
            Assert.Equal(ReportStatus.Parsed, stored?.Status);
        }

        var refused = await Poll.UntilAsync(() => runner.Get<IReportRepository>().GetAsync(TableKeys.ReportId(Hostile)));
        Assert.Equal(ReportStatus.Failed, refused?.Status);
        Assert.Contains("U+0007", refused!.ErrorReason, StringComparison.Ordinal);
        using var client = runner.Client();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/api/summary", UriKind.Relative))).StatusCode);
    }
}
