using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Azure.Storage.Queues;
using ReportAudit.Core.Api;
using ReportAudit.Core.Ingestion;
using ReportAudit.Core.Model;
using ReportAudit.Core.Storage;
using ReportAudit.Core.Storage.Tables;

namespace ReportAudit.IntegrationTests;

/// <summary>
/// <c>POST /api/uploads</c> against Azurite with the parser's limit at 64 KiB: a report is stored with its hash and its
/// created event queued, the same bytes again are skipped, and a file too large (declared or streamed), a PNG, an empty
/// file and a name the trigger refuses are answered with the reason and stored nowhere.
/// </summary>
[Trait("Category", "Integration")]
public sealed class UploadApiTests : IAsyncLifetime
{
    private const long MaxBytes = 64 * 1024;

    private readonly StorageTestEnvironment _env = new(new Dictionary<string, string?> { ["Parser:MaxInputBytes"] = MaxBytes.ToString(System.Globalization.CultureInfo.InvariantCulture) });

    public Task InitializeAsync() => _env.InitializeAsync();

    public Task DisposeAsync() => _env.DisposeAsync();

    [Fact]
    public async Task Upload_Report_IsStoredWithItsHashQueuedAndAnswered202WithTheReportsLocation()
    {
        var bytes = await File.ReadAllBytesAsync(StorageTestEnvironment.Sample("004"));

        var (result, json) = await UploadAsync(new Dictionary<string, string> { ["region"] = "gansu", ["name"] = "年报/004.txt", ["body"] = "凉州区某局" }, bytes, bytes.Length);

        Assert.Equal(202, result.Status);
        var id = TableKeys.ReportId("gansu/004.txt");
        Assert.Equal(("uploaded", id, "gansu/004.txt"), ((string?)json["disposition"], (string?)json["reportId"], (string?)json["blobPath"]));
        Assert.Equal("/api/reports/" + id, result.Location);
        Assert.Null(json["previousProcessedAt"]);
        var stored = await _env.Reports.GetBlobClient("gansu/004.txt").GetPropertiesAsync();
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), stored.Value.Metadata[ReportUploader.Sha256MetadataKey]);
        Assert.Equal(Uri.EscapeDataString("凉州区某局"), stored.Value.Metadata[UploadedBlob.BodyMetadataKey]);
        var queued = await new QueueClient(StorageTestEnvironment.Connection, _env.Settings["ReportEventsQueue"]).PeekMessagesAsync(10);
        Assert.Contains("gansu/004.txt", Assert.Single(queued.Value).MessageText, StringComparison.Ordinal);

        // The same bytes under another name: nothing stored twice, the report already there is named.
        var (again, againJson) = await UploadAsync(new Dictionary<string, string> { ["region"] = "gansu", ["name"] = "004-copy.txt" }, bytes, null);
        Assert.Equal(200, again.Status);
        Assert.Equal(("skipped", id), ((string?)againJson["disposition"], (string?)againJson["reportId"]));
        Assert.False((await _env.Reports.GetBlobClient("gansu/004-copy.txt").ExistsAsync()).Value);
    }

    [Fact]
    public async Task Upload_ReportReplacingOneProcessedBefore_SaysWhenItWasProcessed()
    {
        await using (var original = File.OpenRead(StorageTestEnvironment.Sample("003")))
        {
            await _env.Get<IReportIngestion>().IngestAsync("gansu/003.txt", original, null);
        }

        var before = await _env.Get<IReportRepository>().GetAsync(TableKeys.ReportId("gansu/003.txt"));
        var corrected = Encoding.UTF8.GetBytes((await File.ReadAllTextAsync(StorageTestEnvironment.Sample("003"))) + "\n（更正版）\n");

        var (result, json) = await UploadAsync(new Dictionary<string, string> { ["region"] = "gansu", ["name"] = "003.txt" }, corrected, corrected.Length);

        Assert.Equal(202, result.Status);
        Assert.Equal(before!.ProcessedAt, (DateTimeOffset?)json["previousProcessedAt"]);
    }

    [Fact]
    public async Task Upload_DeclaredLongerThanTheLimit_Is413BeforeAnythingIsRead()
    {
        var (result, json) = await UploadAsync(new Dictionary<string, string> { ["region"] = "gansu", ["name"] = "huge.pdf" }, new ThrowingStream(), MaxBytes + 1);

        Assert.Equal(413, result.Status);
        Assert.Equal(UploadScreening.TooLarge, (string?)json["code"]);
        Assert.Contains("文件过大 too large: 65,537 字节 bytes，上限 limit 65,536", (string?)json["detail"], StringComparison.Ordinal);
        Assert.Empty(await _env.Reports.GetBlobsAsync().ToListAsync());
    }

    [Fact]
    public async Task Upload_StreamedWithoutALengthPastTheLimit_Is413AndReadingStopsAtTheLimit()
    {
        var sample = await File.ReadAllBytesAsync(StorageTestEnvironment.Sample("001"));
        var body = new CountingStream(Enumerable.Repeat(sample, 40).SelectMany(b => b).ToArray());

        var (result, json) = await UploadAsync(new Dictionary<string, string> { ["region"] = "gansu", ["name"] = "long.txt" }, body, null);

        Assert.Equal(413, result.Status);
        Assert.Equal(UploadScreening.TooLarge, (string?)json["code"]);
        Assert.InRange(body.BytesRead, MaxBytes + 1, MaxBytes + 81920); // one buffer past the limit, not the 430 KB sent
        Assert.Empty(await _env.Reports.GetBlobsAsync().ToListAsync());
    }

    [Fact]
    public async Task Upload_Png_Is415WithTheReasonAndNotStored()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0, 0x90, 0x77, 0x53, 0xDE];

        var (result, json) = await UploadAsync(new Dictionary<string, string> { ["region"] = "gansu", ["name"] = "scan.png" }, png, png.Length);

        Assert.Equal(415, result.Status);
        Assert.Equal(UploadScreening.NotAReport, (string?)json["code"]);
        Assert.Equal(UploadScreening.TypeRefusal(png), (string?)json["detail"]);
        Assert.Empty(await _env.Reports.GetBlobsAsync().ToListAsync());
    }

    [Fact]
    public async Task Upload_Empty_Is400EmptyFile()
    {
        var (result, json) = await UploadAsync(new Dictionary<string, string> { ["region"] = "gansu", ["name"] = "blank.txt" }, [], 0);

        Assert.Equal(400, result.Status);
        Assert.Equal((UploadScreening.Empty, "空文件 empty file"), ((string?)json["code"], (string?)json["detail"]));
    }

    [Fact]
    public async Task Upload_NameWithAControlCharacter_IsRecordedAsTheTriggerWouldAndNotStored()
    {
        var (result, json) = await UploadAsync(new Dictionary<string, string> { ["region"] = "gansu", ["name"] = "报告\u0007.txt" }, Encoding.UTF8.GetBytes("2023年度报告"), null);

        Assert.Equal(400, result.Status);
        Assert.Contains("U+0007", (string?)json["detail"], StringComparison.Ordinal);
        var row = await _env.Get<IReportRepository>().GetAsync(TableKeys.ReportId("gansu/报告\u0007.txt"));
        Assert.Equal(ReportStatus.Failed, row?.Status);
        Assert.Contains("U+0007", row?.ErrorReason, StringComparison.Ordinal);
        Assert.Empty(await _env.Reports.GetBlobsAsync().ToListAsync());
    }

    [Theory]
    [InlineData("", "a.txt", "region")]
    [InlineData("gansu/lanzhou", "a.txt", "region")]
    [InlineData("..", "a.txt", "region")]
    [InlineData("gansu", "", "name")]
    [InlineData("gansu", "folder/..", "name")]
    public async Task Upload_RegionOrNameUnusable_Is400NamingIt(string region, string name, string parameter)
    {
        var (result, json) = await UploadAsync(new Dictionary<string, string> { ["region"] = region, ["name"] = name }, Encoding.UTF8.GetBytes("2023年度报告"), null);

        Assert.Equal(400, result.Status);
        Assert.NotNull(json["errors"]?[parameter]);
    }

    [Fact]
    public async Task Upload_NameWithFolders_KeepsOnlyTheFileName()
    {
        var (result, json) = await UploadAsync(new Dictionary<string, string> { ["region"] = "gansu", ["name"] = "../../other/报告.txt" }, await File.ReadAllBytesAsync(StorageTestEnvironment.Sample("000")), null);

        Assert.Equal(202, result.Status);
        Assert.Equal("gansu/报告.txt", (string?)json["blobPath"]);
    }

    private async Task<(ApiResult Result, JsonObject Json)> UploadAsync(Dictionary<string, string> query, byte[] body, long? length) =>
        await UploadAsync(query, new MemoryStream(body), length);

    private async Task<(ApiResult Result, JsonObject Json)> UploadAsync(Dictionary<string, string> query, Stream body, long? length)
    {
        var request = new ApiRequest(_ => null, n => query.GetValueOrDefault(n), "application/octet-stream", body, ApiRequest.Anonymous, length);
        var result = await ApiRoutes.Named("UploadReport").Handle(_env.Services, request, CancellationToken.None);
        return (result, (JsonObject)JsonNode.Parse(result.Body)!);
    }

    /// <summary>A request body that must not be read.</summary>
    private sealed class ThrowingStream : MemoryStream
    {
        public override int Read(byte[] buffer, int offset, int count) => throw new InvalidOperationException("read");

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => throw new InvalidOperationException("read");
    }

    /// <summary>A body sent in chunks (no length known up front, as a chunked request is), counting what was read of it.</summary>
    private sealed class CountingStream(byte[] content) : Stream
    {
        private readonly MemoryStream _inner = new(content);

        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = _inner.Read(buffer, offset, count);
            BytesRead += n;
            return n;
        }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var n = await _inner.ReadAsync(buffer, cancellationToken);
            BytesRead += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
