using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using ReportAudit.Core.Ingestion;
using ReportAudit.Core.Storage;
using ReportAudit.Core.Storage.Tables;
using ReportAudit.Functions.Functions;

namespace ReportAudit.IntegrationTests;

/// <summary>The Functions app's classes called directly, with real blobs in Azurite (the Functions host cannot run here).</summary>
[Trait("Category", "Integration")]
public sealed class FunctionsAppTests : IAsyncLifetime
{
    private readonly StorageTestEnvironment _env = new();

    public Task InitializeAsync() => _env.InitializeAsync();

    public Task DisposeAsync() => _env.DisposeAsync();

    [Fact]
    public async Task ProcessUploadedReport_RealBlobStream_StoresTheReportWithTheBlobETag()
    {
        var blob = _env.Reports.GetBlobClient("hebei/001.txt");
        var uploaded = await blob.UploadAsync(BinaryData.FromBytes(await File.ReadAllBytesAsync(StorageTestEnvironment.Sample("001"))));
        var function = new ProcessUploadedReport(_env.Get<IReportIngestion>(), NullLogger<ProcessUploadedReport>.Instance);
        var properties = System.Text.Json.JsonSerializer.Serialize(new { ETag = uploaded.Value.ETag.ToString(), Length = 10821 });
        var context = new FakeFunctionContext(new Dictionary<string, object?> { ["Properties"] = properties }, _env.Services);

        await using (var stream = await blob.OpenReadAsync())
        {
            await function.Run(stream, "hebei/001.txt", context, CancellationToken.None);
        }

        var stored = await _env.Get<IReportRepository>().GetAsync(TableKeys.ReportId("hebei/001.txt"));
        Assert.NotNull(stored);
        Assert.Equal("hebei", stored.Region);
        Assert.Equal(uploaded.Value.ETag.ToString(), stored.BlobETag);
        Assert.Equal(343, stored.Figures.Application("new"));
    }

    [Fact]
    public async Task RecordPoisonReport_PoisonMessage_RecordsTheBlobAsFailed()
    {
        var function = new RecordPoisonReport(_env.Get<IReportIngestion>());
        var message = $$"""{"Type":"BlobTrigger","FunctionId":"Host.Functions.ProcessUploadedReport","BlobType":"BlockBlob","ContainerName":"{{_env.ReportsContainer}}","BlobName":"broken/x.pdf","ETag":"\"0x1\""}""";

        await function.Run(message, CancellationToken.None);

        var stored = await _env.Get<IReportRepository>().GetAsync(TableKeys.ReportId("broken/x.pdf"));
        Assert.Equal(ReportStatus.Failed, stored!.Status);
        Assert.Equal(PoisonBlobMessage.FailureReason, stored.ErrorReason);
    }
}
