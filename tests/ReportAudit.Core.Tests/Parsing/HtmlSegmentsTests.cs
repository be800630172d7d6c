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

    /// <summary>Markup where a proposed cut is not clean, or where the parser moves or drops nodes: the reading must stay the whole one.</summary>
    public static TheoryData<string, string> TrickyPages() => new()
    {
        { "unclosed paragraphs", "<p>一、总体情况<p>本年度<div>正文</div><p>二、主动公开<table><tr><td>1</td></tr></table><p>结尾" },
        { "bold left open across paragraphs", "<p><b>一、总体情况</p><p>本年度加粗</p><div>仍加粗</div></b><p>不加粗</p>" },
        { "font left open around a table", "<font face=仿宋><p>甲</p><table><tr><td>1</td><td>2</td></tr><tr><td>3</td></tr></table><p>乙</p>" },
        { "comment and script holding tags", "<p>甲</p><!-- <div><p>注释</p> --><p>乙</p><script>var s = '<p>脚本</p><table>';</script><p>丙</p><style>p{}</style><p>丁</p>" },
        { "unclosed comment", "<p>甲</p><p>乙</p><!-- <p>到页尾都是注释</p>" },
        { "form inside a table", "<table><tr><td>1</td></tr><form><tr><td>2</td></tr></form><tr><td>3</td></tr></table><form><p>表单内</p></form><p>后</p>" },
        { "text between rows (moved before the table)", "<p>前</p><table><tr><td>1</td></tr>散落文字<tr><td>2</td></tr><tr><td>3</td></tr></table><p>后</p>" },
        { "footer and header rows", "<table><tfoot><tr><td>合计</td><td>9</td></tr></tfoot><tr><td>甲</td><td>4</td></tr><tr><td>乙</td><td>5</td></tr><thead><tr><th>项目</th><th>数</th></tr></thead></table><p>后</p>" },
        { "table in a later row", "<table><tr><td>1</td></tr><tr><td>2</td></tr><tr><td><table><tr><td>内</td></tr></table></td></tr><tr><td>4</td></tr></table><p>后</p>" },
        { "row spans across the cuts", "<table><tr><td rowspan=3>行政复议</td><td>维持</td><td>1</td></tr><tr><td>纠正</td><td>0</td></tr><tr><td>总计</td><td>1</td></tr><tr><td colspan=2>诉讼</td><td>2</td></tr></table>" },
        { "cells left open", "<table><tr><td>1<td>2<tr><td>3<td>4</table><p>后" },
        { "content after the body", "<p>甲</p></div></body><p>乙</p></html><p>丙</p>" },
        { "wrappers closed and opened", "<p>甲</p></div><div class=WordSection2><p align=center>二、标题</p><table><tr><td>1</td></tr><tr><td>2</td></tr></table></div><div><center><p>居中</p></center></div>" },
        { "raw text and textarea", "<p>甲</p><textarea><p>不是段落</p></textarea><p>乙</p><xmp><table></xmp><p>丙</p><title>正文中的标题</title><meta name=PubDate content=2023-01-20><p>丁</p>" },
        { "plaintext", "<p>甲</p><plaintext><p>纯文本</p></div></body>" },
        { "frameset", "<p>甲</p><frameset><frame src=x></frameset><p>乙</p>" },
        { "headings and centred lines", "<h1>2022年政府信息公开工作年度报告</h1><div align=center><p>居中一</p><p style='text-align: center'>居中二</p></div><h3>三、收到和处理政府信息公开申请情况</h3>" },
        { "svg and math", "<p>甲</p><svg><div>跳出</div><p>乙</p></svg><math><mi>x</mi></math><p>丙</p>" },
        { "quotes and angle brackets in attributes", "<p title='a > b'>甲</p><p data-x=\"<p>\">乙</p><p title=c>d>丙</p><a href=x>链接<p>段</p></a><p>丁</p>" },
        { "template element", "<template><p>模板</p></template><p>甲</p><table><template><tr><td>9</td></tr></template><tr><td>1</td></tr><tr><td>2</td></tr></table>" },
    };

    [Theory]
    [MemberData(nameof(TrickyPages))]
    public void Tricky_markup_reads_in_segments_as_whole(string name, string body)
    {
        foreach (var html in new[]
        {
            $"<html><head><title>{name}</title></head><body><div class=WordSection1>{body}</div></body></html>",
            $"<!DOCTYPE html><html><head><meta name=ArticleTitle content='{name}'></head><body>{body}</body></html>",
            $"<body><section><article>{body}</article></section>",
        })
        {
            var wholePage = new PageFacts();
            var whole = HtmlPieceReader.Read(html, 100_000, wholePage);
            foreach (var length in new[] { 1, 2, 5, 17, 40 })
            {
                var page = new PageFacts();
                var pieces = HtmlSegments.Read(html, 100_000, page, length, out _, out _);
                Assert.Equal(whole, pieces);
                Assert.Equal(wholePage.HeadingPieces, page.HeadingPieces);
                Assert.Equal(wholePage.HeadTitle, page.HeadTitle);
                Assert.Equal(wholePage.ArticleTitle, page.ArticleTitle);
                Assert.Equal(wholePage.PubDate, page.PubDate);
            }
        }
    }

    [Fact]
    public void A_cut_where_a_formatting_element_is_left_open_is_refused_and_the_segment_goes_on()
    {
        // </p> closes the <b> too, but the parser keeps it to reopen in what follows: the scanner proposes a cut there anyway.
        var html = "<html><body><div><p><b>甲</p><p>乙</p><p>丙</p><table><tr><td>1</td></tr><tr><td>2</td></tr></table><p>丁</p></div></body></html>";
        var pieces = HtmlSegments.Read(html, 100_000, new PageFacts(), 1, out var segments, out var refused);
        Assert.Equal(HtmlPieceReader.Read(html, 100_000, new PageFacts()), pieces);
        Assert.True(segments > 1, $"{segments} segments");

        // The cut before <p>乙 is refused: the marker would land inside the reopened <b>.
        Assert.Contains(html.IndexOf("<p>乙", StringComparison.Ordinal), refused);
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
