using System.Text;
using ReportAudit.Core.Ingestion;
using ReportAudit.Core.Model;
using ReportAudit.Core.Storage;
using ReportAudit.Core.Storage.Tables;

namespace ReportAudit.IntegrationTests;

/// <summary>Files that cannot be read are recorded with their reason and kept, whatever went wrong.</summary>
[Trait("Category", "Integration")]
public sealed class FailurePathTests : IAsyncLifetime
{
    private readonly StorageTestEnvironment _env = new(new Dictionary<string, string?> { ["Parser:MaxInputBytes"] = "4096" });

    public Task InitializeAsync() => _env.InitializeAsync();

    public Task DisposeAsync() => _env.DisposeAsync();

    [Theory]
    [InlineData("oversized.txt", "input.too-large", "4 KB")]
    [InlineData("protected.docx", "docx.encrypted", "encrypted")]
    [InlineData("old.doc", "input.legacy-office", ".docx")]
    [InlineData("archive.zip", "input.unsupported-zip", "ZIP")]
    public async Task Ingest_UnreadableFile_IsUnparseableWithItsReasonAndTheBlobKept(string name, string code, string reasonPart)
    {
        var bytes = Bytes(name);
        await _env.Reports.UploadBlobAsync("bad/" + name, BinaryData.FromBytes(bytes));

        using var stream = new MemoryStream(bytes);
        await _env.Get<IReportIngestion>().IngestAsync("bad/" + name, stream, null);

        var stored = await _env.Get<IReportRepository>().GetAsync(TableKeys.ReportId("bad/" + name));
        Assert.Equal(ReportStatus.Unparseable, stored!.Status);
        Assert.Contains(reasonPart, stored.ErrorReason, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(code, await _env.Get<IParsedReportStore>().GetAsync(stored.Id), StringComparison.Ordinal);
        Assert.True(await _env.Reports.GetBlobClient("bad/" + name).ExistsAsync());
    }

    private static byte[] Bytes(string name)
    {
        switch (name)
        {
            case "oversized.txt":
                return Encoding.UTF8.GetBytes(new string('年', 5000));
            case "archive.zip":
                using (var buffer = new MemoryStream())
                {
                    using (var zip = new System.IO.Compression.ZipArchive(buffer, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
                    {
                        using var writer = new StreamWriter(zip.CreateEntry("a.txt").Open());
                        writer.Write("hello");
                    }

                    return buffer.ToArray();
                }

            default:
                var ole = new byte[2048];
                new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(ole, 0);
                if (name.EndsWith(".docx", StringComparison.Ordinal))
                {
                    Encoding.Unicode.GetBytes("EncryptedPackage").CopyTo(ole, 512);
                }

                return ole;
        }
    }
}
