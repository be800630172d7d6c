using System.IO.Compression;
using ReportAudit.Core.Ingestion;

namespace ReportAudit.Core.Tests.Ingestion;

/// <summary>The upload decisions on bytes alone: the renditions of the samples pass, what no report comes in is refused.</summary>
public sealed class UploadScreeningTests
{
    [Theory]
    [InlineData("renditions/000.docx")]
    [InlineData("renditions/000.pdf")]
    [InlineData("renditions/001.cms.html")]
    [InlineData("renditions/001.word.html")]
    [InlineData("renditions/000.utf16.txt")]
    [InlineData("renditions/002.gb18030.txt")]
    [InlineData("renditions/004.utf8bom.txt")]
    [InlineData("bad/scanned.pdf")]
    public void TypeRefusal_AKindOfFileReportsComeIn_IsNone(string fixture)
    {
        Assert.Null(UploadScreening.TypeRefusal(File.ReadAllBytes(FixtureFiles.Fixture(fixture))));
    }

    [Fact]
    public void TypeRefusal_RandomBytes_IsNotAReportType()
    {
        var refusal = UploadScreening.TypeRefusal(File.ReadAllBytes(FixtureFiles.Fixture("bad/junk.bin")));

        Assert.Equal("不是报告文件类型（PDF、Word、网页或文本） not a report type (PDF, .docx, HTML or text)", refusal);
    }

    [Fact]
    public void TypeRefusal_ZipThatIsNotAWordDocument_IsRefused()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("统计表.csv").Open());
            writer.Write("项目,数量\n本年新收,343\n");
        }

        Assert.Equal("不是 Word 文档的 zip 文件 a zip file that is not a Word document", UploadScreening.TypeRefusal(buffer.ToArray()));
    }

    [Fact]
    public void TypeRefusal_LegacyWordDocument_SaysToSaveAsDocx()
    {
        byte[] ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504]];

        Assert.Contains("另存为 .docx", UploadScreening.TypeRefusal(ole), StringComparison.Ordinal);
    }

    [Fact]
    public void TypeRefusal_Empty_IsRefused()
    {
        Assert.Equal("空文件 empty file", UploadScreening.TypeRefusal([]));
    }

    [Theory]
    [InlineData(31_457_280L, null)]
    [InlineData(31_457_281L, "文件过大 too large: 31,457,281 字节 bytes，上限 limit 31,457,280（Parser:MaxInputBytes）")]
    public void SizeRefusal_AtAndOverTheParserLimit(long length, string? expected)
    {
        Assert.Equal(expected, UploadScreening.SizeRefusal(length, new Core.Parsing.ParserOptions().MaxInputBytes));
    }

    [Theory]
    [InlineData("hebei", "石家庄/2022.pdf", "hebei/石家庄/2022.pdf")]
    [InlineData(" hebei/ ", "sub\\x.html", "hebei/sub/x.html")]
    [InlineData("", "x.html", null)]
    [InlineData(null, "x.html", null)]
    public void BlobName_IsRegionThenTheRelativePath(string? region, string relative, string? expected)
    {
        Assert.Equal(expected, new UploadRequest("local", relative, region).BlobName);
    }

    [Fact]
    public void EncodeBody_IsReadBackByTheTrigger()
    {
        var blob = new UploadedBlob("hebei/x.html", null, new Dictionary<string, string> { [UploadedBlob.BodyMetadataKey] = UploadScreening.EncodeBody(" 安泰街道办事处 ") });

        Assert.Equal("%E5%AE%89%E6%B3%B0%E8%A1%97%E9%81%93%E5%8A%9E%E4%BA%8B%E5%A4%84", UploadScreening.EncodeBody("安泰街道办事处"));
        Assert.Equal("安泰街道办事处", blob.UploaderBody()?.Body);
    }
}
