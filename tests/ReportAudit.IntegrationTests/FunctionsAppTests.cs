using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using ReportAudit.Core.Ingestion;
using ReportAudit.Core.Model;
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
    public async Task ProcessUploadedReport_EventGridBlobCreatedEvent_StoresTheReportWithTheBlobETag()
    {
        var blob = _env.Reports.GetBlobClient("hebei/001.txt");
        var uploaded = await blob.UploadAsync(BinaryData.FromBytes(await File.ReadAllBytesAsync(StorageTestEnvironment.Sample("001"))));
        var function = ActivatorUtilities.CreateInstance<ProcessUploadedReport>(_env.Services);
        // As Event Grid writes it into the queue (Event Grid schema, Base64 text).
        var message = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($$"""
            {"topic":"/subscriptions/x/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/st","subject":"/blobServices/default/containers/{{_env.ReportsContainer}}/blobs/hebei/001.txt","eventType":"Microsoft.Storage.BlobCreated","id":"1","data":{"api":"PutBlob","eTag":"{{uploaded.Value.ETag.ToString().Trim('"')}}","contentType":"text/plain","contentLength":10821,"blobType":"BlockBlob","url":"https://st.blob.core.windows.net/{{_env.ReportsContainer}}/hebei/001.txt"},"dataVersion":"","metadataVersion":"1","eventTime":"2026-12-01T00:00:00Z"}
            """));

        await function.Run(message, CancellationToken.None);

        var stored = await _env.Get<IReportRepository>().GetAsync(TableKeys.ReportId("hebei/001.txt"));
        Assert.NotNull(stored);
        Assert.Equal("hebei", stored.Region);
        Assert.Equal(uploaded.Value.ETag.ToString(), stored.BlobETag);
        Assert.Equal(343, stored.Figures.Application("new"));
    }

    [Fact]
    public async Task RecordPoisonReport_PoisonMessage_RecordsTheBlobAsFailed()
    {
        var function = ActivatorUtilities.CreateInstance<RecordPoisonReport>(_env.Services);
        var message = new BlobEvent(BlobEventKind.Created, _env.ReportsContainer, "broken/x.pdf", "\"0x1\"").ToMessage();

        await function.Run(message, CancellationToken.None);

        var stored = await _env.Get<IReportRepository>().GetAsync(TableKeys.ReportId("broken/x.pdf"));
        Assert.Equal(ReportStatus.Failed, stored!.Status);
        Assert.Equal(ReportEventProcessor.FailureReason, stored.ErrorReason);
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
