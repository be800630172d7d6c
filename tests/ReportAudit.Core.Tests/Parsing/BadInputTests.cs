using System.IO.Compression;
using System.Text;
using ReportAudit.Core.Model;
using ReportAudit.Core.Parsing;

namespace ReportAudit.Core.Tests.Parsing;

/// <summary>Bad input never throws out of the parser: it gives an unparseable or partial report with notices naming the place.</summary>
public sealed class BadInputTests
{
    private readonly ReportParser _parser = new();

    private AnnualReport ParseFixture(string file) => _parser.Parse(File.ReadAllBytes(FixtureFiles.Fixture(file)), Path.GetFileName(file));

    [Theory]
    [InlineData("bad/empty.txt", "input.empty")]
    [InlineData("bad/junk.bin", "input.binary")]
    [InlineData("bad/scanned.pdf", "pdf.no-text-layer")]
    public void Parse_UnreadableFile_IsUnparseableWithReason(string file, string code)
    {
        var report = ParseFixture(file);

        Assert.Equal(ParseStatus.Unparseable, report.Status);
        var notice = Assert.Single(report.Notices);
        Assert.Equal(code, notice.Code);
        Assert.Equal(NoticeLevel.Error, notice.Level);
        Assert.True(report.Applications.IsEmpty);
    }

    [Fact]
    public void Parse_ScannedPdf_SaysThereIsNoTextLayer()
    {
        var report = ParseFixture("bad/scanned.pdf");

        Assert.Contains("scanned PDF, no text layer", report.Notices[0].MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TruncatedTable_IsPartialAndNamesTheShortRow()
    {
        var report = ParseFixture("bad/truncated.txt");

        Assert.Equal(ParseStatus.Partial, report.Status);
        var shortRow = Assert.Single(report.Notices, n => n.Code == "table.too-few-cells" && n.Section == 3);
        Assert.Equal("result.withheld.5", shortRow.Row);
        Assert.True(shortRow.Location.Line > 0);
        Assert.Contains(report.Notices, n => n.Code == "table.row-missing" && n.Row == "carried_out");
        Assert.Contains(report.Notices, n => n.Code == "section.missing" && n.Section == 4);
        Assert.Equal(10m, report.ActiveDisclosure["normative_documents", "in_force"]?.Number);
    }

    [Fact]
    public void Parse_MissingSection_KeepsTheOtherTables()
    {
        var report = ParseFixture("bad/no-section-3.txt");

        Assert.Equal(ParseStatus.Partial, report.Status);
        Assert.Contains(report.Notices, n => n.Code == "section.missing" && n.Section == 3);
        Assert.True(report.Applications.IsEmpty);
        Assert.Equal(0m, report.ReviewLitigation["review", "total"]?.Number);
        Assert.Equal("安泰街道办事处", report.Body);
        Assert.Equal(2023, report.Year);
    }

    [Fact]
    public void Parse_RowWithAnExtraColumn_IsNotMappedAndIsReported()
    {
        var report = ParseFixture("bad/extra-column.txt");

        var notice = Assert.Single(report.Notices, n => n.Code == "table.too-many-cells");
        Assert.Equal("result.unavailable.1", notice.Row);
        Assert.False(report.Applications.HasRow("result.unavailable.1"));
        Assert.Equal(5m, report.Applications["new", "total"]?.Number);
        Assert.Equal(ParseStatus.Partial, report.Status);
    }

    [Fact]
    public void Parse_FileOverTheSizeLimit_IsUnparseable()
    {
        var parser = new ReportParser(new ParserOptions { MaxInputBytes = 1024 });

        var report = parser.Parse(new byte[2048], "big.txt");

        Assert.Equal(ParseStatus.Unparseable, report.Status);
        Assert.Equal("input.too-large", report.Notices[0].Code);
    }

    [Fact]
    public async Task ParseAsync_FiftyMegabyteStream_StopsReadingAtTheLimit()
    {
        using var stream = new RepeatingStream(50L * 1024 * 1024);

        var report = await new ReportParser().ParseAsync(stream, "huge.txt");

        Assert.Equal("input.too-large", report.Notices[0].Code);
        Assert.True(stream.Position <= new ParserOptions().MaxInputBytes + 81920);
    }

    [Fact]
    public void Parse_ZipBombDisguisedAsDocx_IsRejectedBeforeExpanding()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 200; i++)
            {
                entry.Write(zeros);
            }
        }

        var report = _parser.Parse(buffer.ToArray(), "bomb.docx");

        Assert.Equal(ParseStatus.Unparseable, report.Status);
        Assert.Equal("docx.zip-bomb", report.Notices[0].Code);
    }

    [Fact]
    public void Parse_ZipThatIsNotWord_IsUnsupported()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("readme.txt").Open());
            writer.Write("hello");
        }

        var report = _parser.Parse(buffer.ToArray(), "x.zip");

        Assert.Equal("input.unsupported-zip", report.Notices[0].Code);
    }

    [Fact]
    public void Parse_LegacyWordDoc_AsksForDocx()
    {
        var bytes = new byte[512];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(bytes, 0);

        var report = _parser.Parse(bytes, "old.doc");

        Assert.Equal("input.legacy-office", report.Notices[0].Code);
        Assert.Contains(".docx", report.Notices[0].MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_PasswordProtectedDocx_SaysItIsEncrypted()
    {
        var bytes = new byte[4096];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(bytes, 0);
        Encoding.Unicode.GetBytes("EncryptedPackage").CopyTo(bytes, 1024);

        var report = _parser.Parse(bytes, "protected.docx");

        Assert.Equal(ParseStatus.Unparseable, report.Status);
        Assert.Equal("docx.encrypted", report.Notices[0].Code);
    }

    [Fact]
    public void Parse_PlainProseWithoutReport_IsUnparseable()
    {
        var report = _parser.Parse(Encoding.UTF8.GetBytes("这是一封普通的通知，没有任何表格。\n请各单位知悉。"), "notice.txt");

        Assert.Equal(ParseStatus.Unparseable, report.Status);
        Assert.Contains(report.Notices, n => n.Code == "report.unrecognised");
    }

    [Fact]
    public void Parse_DamagedPdf_IsUnparseable()
    {
        var report = _parser.Parse(Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj garbage"), "broken.pdf");

        Assert.Equal(ParseStatus.Unparseable, report.Status);
    }

    /// <summary>A stream of a given length that never holds it in memory.</summary>
    private sealed class RepeatingStream(long length) : Stream
    {
        private long _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => length;

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - _position);
            buffer.AsSpan(offset, n).Fill((byte)'a');
            _position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
