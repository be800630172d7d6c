using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using ReportAudit.Core.Storage.Tables;
using ReportAudit.Local.Hosting;

namespace ReportAudit.IntegrationTests;

/// <summary>
/// <c>POST /api/uploads</c> over HTTP on the local runner with the parser's limit at 16 KiB: 202 with the report's
/// Location, and 413 with the reason for a body past the limit, declared or sent in chunks (enforced as it streams in).
/// </summary>
[Trait("Category", "Integration")]
public sealed class UploadHttpTests : IAsyncLifetime
{
    private const string Key = "upload-key";

    private readonly StorageTestEnvironment _storage = new();

    private WebApplication _app = null!;

    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        await _storage.InitializeAsync();
        var settings = _storage.Settings;
        settings["Urls"] = "http://127.0.0.1:0";
        settings["Api:Key"] = Key;
        settings["Parser:MaxInputBytes"] = "16384";
        _app = LocalRunner.Build([], settings);
        await _app.StartAsync();
        _client = new HttpClient { BaseAddress = new Uri(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()) };
        _client.DefaultRequestHeaders.Add("x-functions-key", Key);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        await _storage.DisposeAsync();
    }

    [Fact]
    public async Task Upload_Report_Is202WithTheReportsLocation()
    {
        var bytes = await File.ReadAllBytesAsync(StorageTestEnvironment.Sample("004")); // 8,488 bytes, under 16,384

        using var response = await _client.PostAsync("/api/uploads?region=gansu&name=004.txt", Content(bytes));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("/api/reports/" + TableKeys.ReportId("gansu/004.txt"), response.Headers.Location?.OriginalString);
        Assert.True((await _storage.Reports.GetBlobClient("gansu/004.txt").ExistsAsync()).Value);

    }

    [Fact]
    public async Task Upload_SentInChunksPastTheParsersLimit_Is413WithTheReason()
    {
        var sample = await File.ReadAllBytesAsync(StorageTestEnvironment.Sample("001"));
        var content = new StreamContent(new MemoryStream([.. sample, .. sample]));  // 21,642 bytes, no Content-Length
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/uploads?region=gansu&name=long.txt") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("too-large", (string?)problem["code"]);
        Assert.StartsWith("文件过大 too large: ", (string?)problem["detail"], StringComparison.Ordinal);
        Assert.Contains("上限 limit 16,384", (string?)problem["detail"], StringComparison.Ordinal);
        Assert.False((await _storage.Reports.GetBlobClient("gansu/long.txt").ExistsAsync()).Value);
    }

    [Fact]
    public async Task Upload_DeclaredPastTheParsersLimit_Is413()
    {
        var sample = await File.ReadAllBytesAsync(StorageTestEnvironment.Sample("001"));

        using var response = await _client.PostAsync("/api/uploads?region=gansu&name=long.txt", Content([.. sample, .. sample]));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("21,642 字节 bytes，上限 limit 16,384", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static ByteArrayContent Content(byte[] bytes) => new(bytes) { Headers = { ContentType = new MediaTypeHeaderValue("application/octet-stream") } };
}
