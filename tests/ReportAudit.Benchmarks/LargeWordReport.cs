using System.Globalization;
using System.Text;

namespace ReportAudit.Benchmarks;

/// <summary>
/// A large report as Word's "save as web page" makes one: the real Word HTML rendition <c>000.word.html</c> with, at
/// the end of section 一、总体情况, many more paragraphs of narrative in Word's own markup (one <c>MsoNormal</c>
/// paragraph of spans each, as the rendition's), and, after section 六, an appendix table of the year's published
/// documents (序号 / 信息名称 / 发布日期 / 发布机构, Word table and cell markup), about a third narrative and two
/// thirds table, until the file reaches the size asked for. The template's three tables are unchanged.
/// </summary>
internal static class LargeWordReport
{
    private const string Paragraph =
        "<p class=MsoNormal style='text-indent:32.0pt;mso-char-indent-count:2.0;line-height:28.0pt;mso-line-height-rule:exactly'>"
        + "<span style='font-size:16.0pt;font-family:仿宋_GB2312'>{0}</span><span lang=EN-US style='font-size:16.0pt;font-family:仿宋_GB2312'>{1}</span>"
        + "<span style='font-size:16.0pt;font-family:仿宋_GB2312'>{2}</span><span lang=EN-US style='font-size:16.0pt;font-family:仿宋_GB2312'><o:p></o:p></span></p>\n";

    private const string Cell =
        "<td width={0} style='width:{1}.0pt;border:solid windowtext 1.0pt;border-top:none;mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt'>"
        + "<p class=MsoNormal align=center style='text-align:center'><span {2}style='font-size:10.5pt;font-family:仿宋_GB2312'>{3}</span></p></td>";

    private const string AppendixHeading =
        "<p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:16.0pt;font-family:黑体'>附表：本年度主动公开政府信息目录</span></b></p>\n"
        + "<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184'>\n";

    private static readonly string[] Topics = ["优化营商环境", "乡村振兴", "财政资金直达基层", "就业创业", "义务教育", "医疗卫生", "生态环境保护", "安全生产", "社会救助", "食品药品监管"];

    /// <summary>The report's UTF-8 bytes (about <paramref name="bytes"/> long), with how many paragraphs and table rows were added.</summary>
    public static (byte[] Content, int Paragraphs, int Rows) Make(int bytes)
    {
        var word = File.ReadAllText(Inputs.HtmlRenditions["000.word"], Encoding.UTF8);
        var sectionTwo = word.IndexOf("二、主动公开政府信息情况", StringComparison.Ordinal);
        var insertNarrative = word.LastIndexOf("<p ", sectionTwo, StringComparison.Ordinal);
        var insertAppendix = word.LastIndexOf("</div>", StringComparison.Ordinal);
        var baseBytes = Encoding.UTF8.GetByteCount(word) + Encoding.UTF8.GetByteCount(AppendixHeading) + 100;

        var narrative = new StringBuilder();
        var narrativeBytes = 0;
        var paragraphs = 0;
        while (narrativeBytes < bytes * 0.35)
        {
            var topic = Topics[paragraphs % Topics.Length];
            var p = string.Format(
                CultureInfo.InvariantCulture,
                Paragraph,
                $"围绕{topic}重点领域，通过政府网站、政务新媒体和政务公开专区等渠道，持续做好政策文件、执行情况和办理结果的公开工作，全年在{topic}栏目发布信息",
                10 + (paragraphs % 990),
                "条，组织开展政策解读和回应关切，及时更新办事指南和服务事项，确保公开内容全面、准确、及时，群众知晓率和满意度进一步提升。");
            narrative.Append(p);
            narrativeBytes += Encoding.UTF8.GetByteCount(p);
            paragraphs++;
        }

        var appendix = new StringBuilder(AppendixHeading);
        appendix.Append("<tr>").Append(Row((60, 45, string.Empty, "序号"), (360, 270, string.Empty, "信息名称"), (100, 75, string.Empty, "发布日期"), (160, 120, string.Empty, "发布机构"))).Append("</tr>\n");
        var appendixBytes = 0;
        var rows = 0;
        while (baseBytes + narrativeBytes + appendixBytes < bytes - 2000)
        {
            rows++;
            var topic = Topics[rows % Topics.Length];
            var tr = string.Create(CultureInfo.InvariantCulture, $"<tr style='mso-yfti-irow:{rows}'>")
                + Row(
                    (60, 45, "lang=EN-US ", rows.ToString(CultureInfo.InvariantCulture)),
                    (360, 270, string.Empty, $"关于{topic}工作第{rows}期情况的通报"),
                    (100, 75, "lang=EN-US ", string.Create(CultureInfo.InvariantCulture, $"2022-{1 + (rows % 12):D2}-{1 + (rows % 28):D2}")),
                    (160, 120, string.Empty, "安居区人民政府办公室"))
                + "</tr>\n";
            appendix.Append(tr);
            appendixBytes += Encoding.UTF8.GetByteCount(tr);
        }

        appendix.Append("</table>\n");
        var html = new StringBuilder(word.Length + narrative.Length + appendix.Length)
            .Append(word, 0, insertNarrative).Append(narrative).Append(word, insertNarrative, insertAppendix - insertNarrative).Append(appendix).Append(word, insertAppendix, word.Length - insertAppendix)
            .ToString();
        return (Encoding.UTF8.GetBytes(html), paragraphs, rows);
    }

    private static string Row(params (int Width, int Points, string Lang, string Text)[] cells) =>
        string.Concat(cells.Select(c => string.Format(CultureInfo.InvariantCulture, Cell, c.Width, c.Points, c.Lang, c.Text)));
}
