using System.Globalization;
using System.Text;
using ReportAudit.Core.Model;
using ReportAudit.Core.Parsing;
using ReportAudit.Core.Parsing.Readers;
using ReportAudit.Core.Serialization;

namespace ReportAudit.Core.Tests.Parsing;

/// <summary>
/// A large HTML page is read in segments (<see cref="HtmlSegments"/>); whatever the cuts, its pieces, page facts and
/// parsed report must be those of the whole-page read. Every HTML fixture and sample is read with the segment length
/// forced down (down to one character: a cut at every place the scanner proposes) and compared with the whole read.
/// </summary>
public sealed class HtmlSegmentsTests
{
    private static readonly int[] SegmentLengths = [1, 300, 4_000];

    public static TheoryData<string> HtmlFiles() => [.. HtmlFileList()];

    private static List<string> HtmlFileList()
    {
        var data = new List<string>();
        var fixtures = Directory.EnumerateFiles(FixtureFiles.Fixture(string.Empty), "*", SearchOption.AllDirectories);
        var samples = Directory.EnumerateFiles(FixtureFiles.SamplesDirectory);
        foreach (var file in fixtures.Concat(samples).Order(StringComparer.Ordinal))
        {
            var bytes = File.ReadAllBytes(file);
            if (bytes.Length > 0 && InputSniffer.DetectBinary(bytes) == InputFormat.Unknown && InputSniffer.LooksLikeHtml(InputSniffer.Decode(bytes).Text))
            {
                data.Add(Path.GetRelativePath(FixtureFiles.RepositoryRoot, file));
            }
        }

        return data;
    }

    [Fact]
    public void The_fixtures_hold_html_pages_of_each_kind()
    {
        // The theory below must not pass by finding nothing: the renditions (CMS and Word), layouts, metadata pages.
        var files = HtmlFileList();
        Assert.True(files.Count >= 20, $"only {files.Count} HTML files found");
        Assert.Contains(files, f => f.EndsWith("000.word.html", StringComparison.Ordinal));
        Assert.Contains(files, f => f.EndsWith("000.cms.html", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(HtmlFiles))]
    public void Segmented_read_gives_the_whole_reads_pieces_and_page_facts(string file)
    {
        var html = InputSniffer.Decode(File.ReadAllBytes(Path.Combine(FixtureFiles.RepositoryRoot, file))).Text;
        var wholePage = new PageFacts();
        var whole = HtmlPieceReader.Read(html, 100_000, wholePage);
        foreach (var length in SegmentLengths)
        {
            var page = new PageFacts();
            var pieces = HtmlSegments.Read(html, 100_000, page, length, out var segments, out var refused);
            Assert.Equal(whole, pieces);
            Assert.Equal(wholePage.HeadTitle, page.HeadTitle);
            Assert.Equal(wholePage.ArticleTitle, page.ArticleTitle);
            Assert.Equal(wholePage.PubDate, page.PubDate);
            Assert.Equal(wholePage.HeadingPieces, page.HeadingPieces);
            if (length == 1 && html.Contains("<body", StringComparison.OrdinalIgnoreCase) && whole.Count > 1)
            {
                // Cut at every proposed place: the page really was read in segments, not whole after a refused cut.
                Assert.True(segments > 1, $"{file}: read whole ({segments} segment); cuts refused at {string.Join(", ", refused.Take(5).Select(at => html.Substring(at, Math.Min(60, html.Length - at))))}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(HtmlFiles))]
    public void Segmented_parse_gives_the_whole_parses_report(string file)
    {
        var bytes = File.ReadAllBytes(Path.Combine(FixtureFiles.RepositoryRoot, file));
        var expected = Detailed(new ReportParser(), bytes, file);
        foreach (var length in SegmentLengths)
        {
            var segmented = new ReportParser(new ParserOptions { HtmlSegmentThreshold = 0, HtmlSegmentChars = length });
            Assert.Equal(expected, Detailed(segmented, bytes, file));
        }
    }

    [Fact]
    public void A_large_word_page_is_read_in_segments_cut_between_blocks_and_between_table_rows()
    {
        var bytes = LargeWordPage(paragraphs: 3_000, rows: 4_000);
        var html = InputSniffer.Decode(bytes).Text;
        Assert.True(bytes.Length > new ParserOptions().HtmlSegmentThreshold, $"{bytes.Length} bytes: not over the threshold");

        var wholePage = new PageFacts();
        var whole = HtmlPieceReader.Read(html, 100_000, wholePage);
        var page = new PageFacts();
        var pieces = HtmlSegments.Read(html, 100_000, page, new ParserOptions().HtmlSegmentChars, out var segments, out _);
        Assert.Equal(whole, pieces);
        Assert.Equal(wholePage.HeadingPieces, page.HeadingPieces);
        Assert.Equal(wholePage.HeadTitle, page.HeadTitle);

        // The appendix table alone is ≈ 1.7 M characters: it must have been cut between its rows, not read as one segment.
        var tableStart = html.IndexOf("附表：", StringComparison.Ordinal);
        Assert.True(segments >= (html.Length / new ParserOptions().HtmlSegmentChars) - 1, $"{segments} segments for {html.Length} characters");
        Assert.True(html.Length - tableStart > 3 * new ParserOptions().HtmlSegmentChars);

        // The appendix, the page's last table, is one table of 4,001 rows of 4 cells, read as such.
        var appendix = pieces.Where(p => p.IsCell).Max(p => p.Location.Table);
        Assert.Equal(4_001 * 4, pieces.Count(p => p.IsCell && p.Location.Table == appendix));
        Assert.Equal(4_001, pieces.Where(p => p.IsCell && p.Location.Table == appendix).Max(p => p.Location.Row));

        var report = new ReportParser().Parse(bytes, "large.word.html");
        var wholeReport = new ReportParser(new ParserOptions { HtmlSegmentThreshold = int.MaxValue }).Parse(bytes, "large.word.html");
        Assert.Equal(ParseStatus.Parsed, report.Status);
        Assert.Equal(ReportJson.Detailed(wholeReport, "large.word.html").ToJsonString(), ReportJson.Detailed(report, "large.word.html").ToJsonString());
    }

    [Theory]
    [MemberData(nameof(HtmlFiles))]
    public void Text_decoded_block_by_block_is_the_whole_decoding(string file)
    {
        // Blocks of 1 and 7 bytes split every multi-byte character (UTF-8, GB18030) between two blocks.
        var bytes = File.ReadAllBytes(Path.Combine(FixtureFiles.RepositoryRoot, file));
        var whole = InputSniffer.Decode(bytes).Text;
        var (encoding, offset, _) = InputSniffer.DetectEncoding(bytes);
        foreach (var block in new[] { 1, 7, 4_096 })
        {
            var text = new DecodedText(bytes, offset, encoding, block);
            var decoded = new StringBuilder();
            for (var at = 0; text.Has(at); at += 1_000)
            {
                var length = text.Has(at + 999) ? 1_000 : text.Length - at;
                decoded.Append(text.Slice(at, length));
                text.Release(at + length);
            }

            Assert.Equal(whole, decoded.ToString());
            Assert.Equal(whole.Length, text.Length);
        }
    }

    [Fact]
    public void A_large_page_in_gb18030_is_read_in_segments_as_it_is_decoded()
    {
        // Word on a Chinese Windows saves web pages in GB2312 (read as GB18030): the same page, so encoded.
        var utf8 = LargeWordPage(paragraphs: 2_000, rows: 2_000);
        var html = Encoding.UTF8.GetString(utf8).Replace("charset=utf-8", "charset=gb2312", StringComparison.OrdinalIgnoreCase);
        var bytes = InputSniffer.Gb18030.GetBytes(html);
        Assert.Equal("gb18030", InputSniffer.DetectEncoding(bytes).Name);
        var page = new PageFacts();
        var pieces = HtmlSegments.TryRead(new DecodedText(bytes, 0, InputSniffer.Gb18030, 4_096), 100_000, page, 50_000, out var segments, out _);
        Assert.NotNull(pieces);
        Assert.True(segments > 10, $"{segments} segments");
        Assert.Equal(HtmlPieceReader.Read(InputSniffer.Decode(bytes).Text, 100_000, new PageFacts()), pieces);

        var report = new ReportParser().Parse(bytes, "large.gb2312.html");
        var wholeReport = new ReportParser(new ParserOptions { HtmlSegmentThreshold = int.MaxValue }).Parse(bytes, "large.gb2312.html");
        Assert.Equal("gb18030", report.Encoding);
        Assert.Equal(ReportJson.Detailed(wholeReport, "x").ToJsonString(), ReportJson.Detailed(report, "x").ToJsonString());
    }

    private static string Detailed(ReportParser parser, byte[] bytes, string file) =>
        ReportJson.Detailed(parser.Parse(bytes, file, ParseHints.ReceivedOn(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero))), file).ToJsonString();

    /// <summary>
    /// A Word "save as web page" report made large as a real one grows: the Word rendition 000.word.html with more
    /// narrative paragraphs at the end of section 一 (Word's MsoNormal paragraph markup) and an appendix table of
    /// published documents after section 六 (Word table and cell markup), as the memory benchmark's report.
    /// </summary>
    private static byte[] LargeWordPage(int paragraphs, int rows)
    {
        var word = File.ReadAllText(FixtureFiles.Fixture("renditions/000.word.html"), Encoding.UTF8);
        var sectionTwo = word.IndexOf("二、主动公开政府信息情况", StringComparison.Ordinal);
        var insertNarrative = word.LastIndexOf("<p ", sectionTwo, StringComparison.Ordinal);
        var insertAppendix = word.LastIndexOf("</div>", StringComparison.Ordinal);
        var narrative = new StringBuilder();
        for (var i = 0; i < paragraphs; i++)
        {
            narrative.Append(CultureInfo.InvariantCulture, $"<p class=MsoNormal style='text-indent:32.0pt;line-height:28.0pt'><span style='font-size:16.0pt;font-family:仿宋_GB2312'>围绕重点领域持续做好政策文件公开工作，全年发布信息</span><span lang=EN-US style='font-size:16.0pt'>{10 + (i % 990)}</span><span style='font-size:16.0pt;font-family:仿宋_GB2312'>条。<o:p></o:p></span></p>\n");
        }

        var appendix = new StringBuilder("<p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:16.0pt;font-family:黑体'>附表：本年度主动公开政府信息目录</span></b></p>\n");
        appendix.Append("<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>\n<tr>");
        foreach (var header in new[] { "序号", "信息名称", "发布日期", "发布机构" })
        {
            appendix.Append(CultureInfo.InvariantCulture, $"<td width=100 style='border:solid windowtext 1.0pt'><p class=MsoNormal align=center style='text-align:center'><span style='font-size:10.5pt'>{header}</span></p></td>");
        }

        appendix.Append("</tr>\n");
        for (var r = 1; r <= rows; r++)
        {
            appendix.Append(CultureInfo.InvariantCulture, $"<tr style='mso-yfti-irow:{r}'>");
            foreach (var text in new[] { r.ToString(CultureInfo.InvariantCulture), $"关于第{r}期工作情况的通报", $"2022-{1 + (r % 12):D2}-{1 + (r % 28):D2}", "安居区人民政府办公室" })
            {
                appendix.Append(CultureInfo.InvariantCulture, $"<td width=100 style='border:solid windowtext 1.0pt;border-top:none'><p class=MsoNormal align=center style='text-align:center'><span lang=EN-US style='font-size:10.5pt'>{text}</span></p></td>");
            }

            appendix.Append("</tr>\n");
        }

        appendix.Append("</table>\n");
        var html = string.Concat(word.AsSpan(0, insertNarrative), narrative.ToString(), word.AsSpan(insertNarrative, insertAppendix - insertNarrative))
            + appendix + word[insertAppendix..];
        return Encoding.UTF8.GetBytes(html);
    }
}
