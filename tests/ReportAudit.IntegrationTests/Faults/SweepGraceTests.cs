using ReportAudit.Core.Ingestion;
using ReportAudit.Core.Storage;

namespace ReportAudit.IntegrationTests.Faults;

/// <summary>
/// The periodic sweep leaves a new blob to the event its upload enqueued for <c>Storage:SweepGrace</c>: under a burst, a
/// blob still waiting in the queue is not handed over twice. After the grace a blob without a report is handed over.
/// </summary>
[Trait("Category", "Faults")]
public sealed class SweepGraceTests : IAsyncLifetime
{
    private const string Path = "hebei/grace/001.txt";

    private readonly StorageTestEnvironment _env = new(new Dictionary<string, string?> { ["Storage:SweepGrace"] = "01:00:00" });

    public Task InitializeAsync() => _env.InitializeAsync();

    public Task DisposeAsync() => _env.DisposeAsync();

    [Fact]
    public async Task NewBlob_WithinTheGrace_IsLeftToItsEvent_AndHandedOverAfterIt()
    {
        await _env.Reports.GetBlobClient(Path).UploadAsync(BinaryData.FromBytes(await File.ReadAllBytesAsync(StorageTestEnvironment.Sample("001"))), overwrite: true);
        var sweep = _env.Get<ReportSweep>();

        var withinTheGrace = await sweep.SweepAsync();
        _env.Get<StorageOptions>().SweepGrace = TimeSpan.Zero;
        var afterTheGrace = await sweep.SweepAsync();

        Assert.Equal(0, withinTheGrace);
        Assert.Equal(1, afterTheGrace);
    }
}
