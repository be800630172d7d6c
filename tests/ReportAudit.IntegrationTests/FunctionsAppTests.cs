using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using ReportAudit.Core.Ingestion;
using ReportAudit.Core.Storage;
using ReportAudit.Core.Storage.Tables;
using ReportAudit.Core.Api;
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

    [Theory]
    [InlineData("?week=0001-W01", 400, "application/problem+json")]
    [InlineData("?week=2999-W01", 400, "application/problem+json")]
    [InlineData("?week=nope", 400, "application/problem+json")]
    [InlineData("?week=2023-W47&region=hebei", 200, "text/html")]
    public async Task PreviewDigest_Week_IsCheckedAgainstTheDataRange(string query, int status, string mediaType)
    {
        var function = new PreviewDigest(_env.Services);
        var http = new DefaultHttpContext { RequestServices = _env.Services };
        http.Request.QueryString = new QueryString(query);
        http.Response.Body = new MemoryStream();

        var result = await function.Run(http.Request, CancellationToken.None);
        await result.ExecuteResultAsync(new ActionContext(http, new RouteData(), new Microsoft.AspNetCore.Mvc.Abstractions.ActionDescriptor()));

        Assert.Equal(status, http.Response.StatusCode);
        Assert.StartsWith(mediaType, http.Response.ContentType, StringComparison.Ordinal);
        var body = System.Text.Encoding.UTF8.GetString(((MemoryStream)http.Response.Body).ToArray());
        Assert.Contains(status == 200 ? "2023-W47" : "week", body, StringComparison.Ordinal);
    }
}
