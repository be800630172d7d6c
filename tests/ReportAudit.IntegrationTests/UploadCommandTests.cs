using System.Security.Cryptography;
using System.Text;
using Azure.Storage.Blobs.Models;
using ReportAudit.Core.Ingestion;
using ReportAudit.Core.Storage;
using ReportAudit.Core.Storage.Tables;
using ReportAudit.Local.Commands;

namespace ReportAudit.IntegrationTests;

/// <summary>
/// The <c>upload</c> command against Azurite: a folder with two reports, a byte-identical copy of one, a file larger than
/// the parser accepts and a PNG; then a manifest naming the body; then the folder again.
/// </summary>
[Trait("Category", "Integration")]
public sealed class UploadCommandTests : IAsyncLifetime
{
    private const string Liangzhou = "凉州区城市管理综合执法局（经清单）";

    private const long MaxBytes = 64 * 1024;

    private readonly StorageTestEnvironment _env = new();

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "upload-" + Guid.NewGuid().ToString("N"));

    public async Task InitializeAsync()
    {
        await _env.InitializeAsync();
        var reports = Directory.CreateDirectory(Path.Combine(_folder, "reports")).FullName;
        File.Copy(StorageTestEnvironment.Sample("001"), Path.Combine(reports, "001.txt"));
        File.Copy(StorageTestEnvironment.Sample("001"), Path.Combine(reports, "001-copy.txt"));
        File.Copy(StorageTestEnvironment.Sample("002"), Path.Combine(reports, "002.txt"));

        // A report padded past the limit: sample 001 repeated, as a CMS export of many pages can be.
        var sample = await File.ReadAllTextAsync(StorageTestEnvironment.Sample("001"));
        await File.WriteAllTextAsync(Path.Combine(reports, "huge.txt"), string.Concat(Enumerable.Repeat(sample, (int)(MaxBytes / sample.Length) + 2)));

        // A scanned page saved as PNG: not a kind of file a report comes in.
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0, 0x90, 0x77, 0x53, 0xDE, 0, 0, 0, 0x0C, 0x49, 0x44, 0x41, 0x54, 0x08, 0xD7, 0x63, 0xF8, 0xFF, 0xFF, 0x3F, 0, 0x05, 0xFE, 0x02, 0xFE, 0xDC, 0xCC, 0x59, 0xE7, 0, 0, 0, 0, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82];
        await File.WriteAllBytesAsync(Path.Combine(reports, "scan.png"), png);

        File.Copy(StorageTestEnvironment.Sample("003"), Path.Combine(_folder, "liangzhou.txt"));
        await File.WriteAllTextAsync(Path.Combine(_folder, "manifest.csv"), $"file,region,body\nliangzhou.txt,gansu,\"{Liangzhou}\"\n", new UTF8Encoding(true));
    }

    public async Task DisposeAsync()
    {
        Directory.Delete(_folder, recursive: true);
        await _env.DisposeAsync();
    }

    private Dictionary<string, string?> Settings => new()
    {
        ["ReportStorage"] = StorageTestEnvironment.Connection,
        ["ReportsContainer"] = _env.ReportsContainer,
        ["Parser:MaxInputBytes"] = MaxBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private async Task<(int Exit, string Output)> UploadAsync(params string[] args)
    {
        using var output = new StringWriter();
        var exit = await UploadCommand.RunAsync(args, Settings, output);
        return (exit, output.ToString());
    }

    [Fact]
    public async Task Upload_FolderWithDuplicateTooLargeAndImage_UploadsEachContentOnceAndSaysWhy()
    {
        var (exit, output) = await UploadAsync("--region", "hebei", Path.Combine(_folder, "reports"));

        Assert.Equal(1, exit);
        Assert.Contains("已上传 uploaded: 2; 已跳过 skipped: 1; 已拒绝 refused: 2", output, StringComparison.Ordinal);
        Assert.Contains($"[{UploadScreening.AlreadyThere}] {Path.Combine(_folder, "reports", "001.txt")}: 内容已存在 already there: hebei/001-copy.txt", output, StringComparison.Ordinal);
        Assert.Contains($"[{UploadScreening.TooLarge}] {Path.Combine(_folder, "reports", "huge.txt")}", output, StringComparison.Ordinal);
        Assert.Contains($"[{UploadScreening.NotAReport}] {Path.Combine(_folder, "reports", "scan.png")}", output, StringComparison.Ordinal);

        var blobs = await _env.Reports.GetBlobsAsync(new GetBlobsOptions { Traits = BlobTraits.Metadata }).ToListAsync();
        Assert.Equal(["hebei/001-copy.txt", "hebei/002.txt"], blobs.Select(b => b.Name).Order(StringComparer.Ordinal));
        var copy = blobs.Single(b => b.Name == "hebei/001-copy.txt");
        var bytes = await File.ReadAllBytesAsync(StorageTestEnvironment.Sample("001"));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), copy.Metadata[ReportUploader.Sha256MetadataKey]);
        Assert.Equal(MD5.HashData(bytes), copy.Properties.ContentHash);
        Assert.False(copy.Metadata.ContainsKey("body"));
    }

    [Fact]
    public async Task Upload_ManifestThenFolderTwice_PutsTheBodyInMetadataAndSkipsWhatIsThere()
    {
        var (manifestExit, manifestOutput) = await UploadAsync("--manifest", Path.Combine(_folder, "manifest.csv"));
        var (_, first) = await UploadAsync("--region", "hebei", Path.Combine(_folder, "reports"));
        var (_, second) = await UploadAsync("--region", "hebei", Path.Combine(_folder, "reports"));

        Assert.Equal(0, manifestExit);
        Assert.Contains("已上传 uploaded: 1; 已跳过 skipped: 0; 已拒绝 refused: 0", manifestOutput, StringComparison.Ordinal);
        Assert.Contains("已上传 uploaded: 2; 已跳过 skipped: 1; 已拒绝 refused: 2", first, StringComparison.Ordinal);
        Assert.Contains("已上传 uploaded: 0; 已跳过 skipped: 3; 已拒绝 refused: 2", second, StringComparison.Ordinal);
        var properties = (await _env.Reports.GetBlobClient("gansu/liangzhou.txt").GetPropertiesAsync()).Value;
        Assert.Equal(Uri.EscapeDataString(Liangzhou), properties.Metadata[UploadedBlob.BodyMetadataKey]);

        // What the trigger does with it: the manifest's body wins over the title's.
        await _env.Get<ReportMaintenance>().ReconcileAsync();
        var stored = await _env.Get<IReportRepository>().GetAsync(TableKeys.ReportId("gansu/liangzhou.txt"));
        Assert.Equal(Liangzhou, stored?.Body);
        Assert.Equal("gansu", stored?.Region);
    }

    [Fact]
    public async Task Upload_NoRegion_RefusesEveryFileAndUploadsNothing()
    {
        var (_, output) = await UploadAsync(Path.Combine(_folder, "reports", "002.txt"));

        Assert.Contains("已上传 uploaded: 0; 已跳过 skipped: 0; 已拒绝 refused: 1", output, StringComparison.Ordinal);
        Assert.Contains($"[{UploadScreening.NoRegion}]", output, StringComparison.Ordinal);
        Assert.Empty(await _env.Reports.GetBlobsAsync().ToListAsync());
    }
}
