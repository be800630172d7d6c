using System.Text.Json.Nodes;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using ReportAudit.Core.Ingestion;
using ReportAudit.Core.Storage;
using ReportAudit.Core.Storage.Tables;
using ReportAudit.Functions.Functions;

namespace ReportAudit.IntegrationTests;

/// <summary>
/// The uploader names the body (blob metadata <c>body</c>, or the path <c>{region}/{body}/{file}</c>) and it wins over
/// what the file says. Sample 000 names no body at all; 004 is signed 安泰街道办事处.
/// </summary>
[Trait("Category", "Integration")]
public sealed class UploaderBodyTests : IAsyncLifetime
{
    private const string Anju = "安居区人民政府办公室";

    private readonly StorageTestEnvironment _env = new();

    public Task InitializeAsync() => _env.InitializeAsync();

    public Task DisposeAsync() => _env.DisposeAsync();

    private async Task<Azure.Storage.Blobs.BlobClient> UploadAsync(string path, string sample, string? body)
    {
        var blob = _env.Reports.GetBlobClient(path);
        var options = new BlobUploadOptions();
        if (body is not null)
        {
            options.Metadata = new Dictionary<string, string> { ["body"] = Uri.EscapeDataString(body) };
        }

        await blob.UploadAsync(BinaryData.FromBytes(await File.ReadAllBytesAsync(StorageTestEnvironment.Sample(sample))), options);
        return blob;
    }

    private async Task<(StoredReport Report, JsonNode Parsed)> StoredAsync(string path)
    {
        var stored = await _env.Get<IReportRepository>().GetAsync(TableKeys.ReportId(path));
        Assert.NotNull(stored);
        var json = await _env.Get<IParsedReportStore>().GetAsync(stored.Id);
        return (stored, JsonNode.Parse(json!)!);
    }

    [Fact]
    public async Task ProcessUploadedReport_BlobWithMetadataBody_StoresThatBody()
    {
        var blob = await UploadAsync("sichuan/000.txt", "000", Anju);
        var properties = (await blob.GetPropertiesAsync()).Value;
        var function = ActivatorUtilities.CreateInstance<ProcessUploadedReport>(_env.Services);

        await function.Run(new BlobEvent(BlobEventKind.Created, _env.ReportsContainer, "sichuan/000.txt", properties.ETag.ToString()).ToMessage(), CancellationToken.None);

        var (stored, parsed) = await StoredAsync("sichuan/000.txt");
        Assert.Equal(Anju, stored.Body);
        Assert.Equal("安居区人民政府办公室", stored.BodyKey);
        Assert.Equal("sichuan", stored.Region);
        Assert.Equal("uploader", (string?)parsed["bodySource"]);
    }

    [Fact]
    public async Task ReconcileAsync_BlobWithMetadataBody_WinsOverTheSignature()
    {
        await UploadAsync("fujian/004.txt", "004", "鼓楼区安泰街道办事处");

        await _env.Get<ReportMaintenance>().ReconcileAsync();

        var (stored, parsed) = await StoredAsync("fujian/004.txt");
        Assert.Equal("鼓楼区安泰街道办事处", stored.Body);
        Assert.Equal("uploader", (string?)parsed["bodySource"]);
        Assert.Equal("2024-01-04", (string?)parsed["publishedOn"]);
    }

    [Fact]
    public async Task IngestAsync_PathWithBodyFolder_TakesTheFolderAsBody()
    {
        using var stream = new MemoryStream(await File.ReadAllBytesAsync(StorageTestEnvironment.Sample("000")));

        await _env.Get<IReportIngestion>().IngestAsync($"sichuan/{Anju}/000.txt", stream, "\"etag\"");

        var (stored, parsed) = await StoredAsync($"sichuan/{Anju}/000.txt");
        Assert.Equal(Anju, stored.Body);
        Assert.Equal("sichuan", stored.Region);
        Assert.Equal("uploadPath", (string?)parsed["bodySource"]);
    }

    [Fact]
    public async Task IngestAsync_RegionAndFileOnly_KeepsWhatTheFileSays()
    {
        using var stream = new MemoryStream(await File.ReadAllBytesAsync(StorageTestEnvironment.Sample("004")));

        await _env.Get<IReportIngestion>().IngestAsync("fujian/2023/004.txt", stream, "\"etag\"");

        var (stored, parsed) = await StoredAsync("fujian/2023/004.txt");
        Assert.Equal("安泰街道办事处", stored.Body);
        Assert.Equal("signature", (string?)parsed["bodySource"]);
    }
}
