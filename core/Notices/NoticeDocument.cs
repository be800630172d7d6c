using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportAudit.Core.Model;
using ReportAudit.Core.Storage;

namespace ReportAudit.Core.Notices;

/// <summary>
/// Writes a <see cref="RectificationNotice"/> as a Word document in the form of an official notice: title, addressee,
/// what was examined, each confirmed finding in the template's own words with the cells and numbers involved, what to
/// correct, how and by when to reply, and the issuing office and date. Chinese only: it is addressed to the body.
/// </summary>
public static class NoticeDocument
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private const string BodyFont = "仿宋";
    private const string HeadingFont = "黑体";
    private const string TitleFont = "宋体";

    /// <summary>The finding table's columns in twentieths of a point, filling the A4 text width (8844).</summary>
    private static readonly int[] ColumnWidths = [700, 2000, 2400, 1200, 1444, 1100];

    public static byte[] Write(RectificationNotice notice, NoticeOptions options, DateOnly issuedOn)
    {
        ArgumentNullException.ThrowIfNull(notice);
        ArgumentNullException.ThrowIfNull(options);
        var deadline = issuedOn.AddDays(options.ReplyDays);
        var year = notice.Year is { } y ? y.ToString(CultureInfo.InvariantCulture) + "年" : "（年度不明）";
        var body = new Body();

        body.Append(Paragraph("政府信息公开工作年度报告整改通知书", TitleFont, 44, bold: true, JustificationValues.Center, after: 400));
        body.Append(Paragraph(notice.Body + "：", BodyFont, 32, after: 120));
        var reports = string.Join("、", notice.Reports.Select(r => $"《{ReportTitle(r.Report, year)}》（文件 {r.Report.BlobPath}，编号 {r.Report.Id}）"));
        body.Append(Paragraph(
            $"经审核，你单位发布的{reports}存在以下{Chinese(notice.FindingCount)}个问题，已经复核确认。请对照《中华人民共和国政府信息公开条例》第五十条和国务院办公厅政府信息公开办公室印发的年度报告格式要求，认真核实并予以整改。",
            BodyFont, 32, indent: true, after: 120));

        body.Append(Paragraph("一、经复核确认的问题", HeadingFont, 32, after: 120));
        var number = 0;
        foreach (var report in notice.Reports)
        {
            if (notice.Reports.Count > 1)
            {
                body.Append(Paragraph($"{ReportTitle(report.Report, year)}（{report.Report.BlobPath}）", BodyFont, 32, bold: true, after: 120));
            }

            foreach (var stored in report.Confirmed)
            {
                body.Append(FindingParagraphs(++number, stored));
            }
        }

        body.Append(FindingTable(notice));

        body.Append(Paragraph("二、整改要求", HeadingFont, 32, before: 240, after: 120));
        body.Append(Paragraph("（一）逐项核实上述问题，对照政府信息公开工作台账更正年度报告中的相关数据和表述，确保各表内数据的合计关系、各部分之间的数据衔接正确，与上年度报告衔接一致。", BodyFont, 32, indent: true));
        body.Append(Paragraph("（二）在原发布渠道重新发布更正后的年度报告，并在报告中注明更正的内容和日期；不得删除原报告而不作说明。", BodyFont, 32, indent: true));
        body.Append(Paragraph("（三）举一反三，检查本单位其他年度报告是否存在同类问题，一并整改。", BodyFont, 32, indent: true));

        body.Append(Paragraph("三、回复要求", HeadingFont, 32, before: 240, after: 120));
        body.Append(Paragraph(
            $"请于{Date(deadline)}前（自本通知发出之日起{options.ReplyDays}日内）将整改情况书面报送{options.IssuingOffice}。回复内容应包括：逐项整改措施，更正后报告的发布网址和发布日期。对上述问题有异议的，请在同一期限内书面说明理由并附依据材料。",
            BodyFont, 32, indent: true));
        if (!string.IsNullOrWhiteSpace(options.Contact))
        {
            body.Append(Paragraph("联系方式：" + options.Contact, BodyFont, 32, indent: true));
        }

        body.Append(Paragraph(options.IssuingOffice, BodyFont, 32, justification: JustificationValues.Right, before: 480));
        body.Append(Paragraph(Date(issuedOn), BodyFont, 32, justification: JustificationValues.Right));
        body.Append(new SectionProperties(
            new PageSize { Width = 11906, Height = 16838 },
            new PageMargin { Top = 2098, Bottom = 1984, Left = 1588, Right = 1474, Header = 851, Footer = 992 }));

        using var output = new MemoryStream();
        using (var document = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(body);
            document.PackageProperties.Title = $"{notice.Body}{year}政府信息公开工作年度报告整改通知书";
            document.PackageProperties.Creator = options.IssuingOffice;
        }

        return output.ToArray();
    }

    /// <summary>The finding as a numbered item: the message, then where (section, row and column labels, source cells) and the numbers.</summary>
    private static IEnumerable<Paragraph> FindingParagraphs(int number, StoredFinding stored)
    {
        var f = stored.Finding;
        yield return Paragraph($"{number}. {f.MessageZh}", BodyFont, 32, indent: true);
        var place = new List<string>();
        if (f.Section is { } section)
        {
            place.Add(TemplateLabels.Section(section));
        }

        if (TemplateLabels.Cell(f.Section, f.Row, f.Column) is { } cell)
        {
            place.Add($"“{cell}”");
        }

        if (place.Count > 0)
        {
            yield return Paragraph("位置：" + string.Join("，", place), BodyFont, 28, indent: true);
        }

        if (f.Expected is not null || f.Actual is not null)
        {
            yield return Paragraph($"数据：应为 {f.Expected ?? "—"}，报告中为 {f.Actual ?? "—"}", BodyFont, 28, indent: true);
        }

        if (f.Cells is { Count: > 0 } cells)
        {
            yield return Paragraph("原文位置：" + string.Join("；", cells.Select(c => c.ToChinese())), BodyFont, 28, indent: true);
        }

        if (!string.IsNullOrWhiteSpace(stored.Review?.Note))
        {
            yield return Paragraph("复核意见：" + stored.Review.Note, BodyFont, 28, indent: true);
        }
    }

    /// <summary>The same findings as a table, for checking off one by one.</summary>
    private static Table FindingTable(RectificationNotice notice)
    {
        // In the schema's order: top, left, bottom, right, inside horizontal, inside vertical.
        var border = new BorderType[] { new TopBorder(), new LeftBorder(), new BottomBorder(), new RightBorder(), new InsideHorizontalBorder(), new InsideVerticalBorder() };
        foreach (var b in border)
        {
            b.Val = BorderValues.Single;
            b.Size = 4;
        }

        var table = new Table(new TableProperties(
            new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
            new TableBorders(border.Cast<OpenXmlElement>())),
            new TableGrid(ColumnWidths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })));
        table.Append(Row(true, "序号", "部分", "行/列", "应为", "报告中为", "规则"));
        var number = 0;
        foreach (var stored in notice.Reports.SelectMany(r => r.Confirmed))
        {
            var f = stored.Finding;
            table.Append(Row(false,
                (++number).ToString(CultureInfo.InvariantCulture),
                f.Section is { } s ? TemplateLabels.Section(s) : "—",
                TemplateLabels.Cell(f.Section, f.Row, f.Column) ?? "—",
                f.Expected ?? "—",
                f.Actual ?? "—",
                f.RuleId));
        }

        return table;
    }

    private static TableRow Row(bool header, params string[] cells) => new(cells.Select(text => new TableCell(Paragraph(text, BodyFont, 24, bold: header))));

    private static Paragraph Paragraph(string text, string font, int halfPoints, bool bold = false, JustificationValues? justification = null, bool indent = false, int before = 0, int after = 0)
    {
        var properties = new ParagraphProperties(new SpacingBetweenLines { Before = before.ToString(CultureInfo.InvariantCulture), After = after.ToString(CultureInfo.InvariantCulture), Line = "560", LineRule = LineSpacingRuleValues.Exact });
        if (indent)
        {
            properties.Append(new Indentation { FirstLineChars = 200 });
        }

        if (justification is { } j)
        {
            properties.Append(new Justification { Val = j });
        }

        var runProperties = new RunProperties(new RunFonts { EastAsia = font, Ascii = font, HighAnsi = font });
        if (bold)
        {
            runProperties.Append(new Bold());
        }

        runProperties.Append(new FontSize { Val = halfPoints.ToString(CultureInfo.InvariantCulture) });
        return new Paragraph(properties, new Run(runProperties, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
    }

    private static string ReportTitle(StoredReport report, string year) => $"{report.Body ?? "（机关不明）"}{year}政府信息公开工作年度报告";

    private static string Date(DateOnly date) => string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日");

    private static string Chinese(int n) => n switch
    {
        2 => "两",
        >= 0 and <= 10 => "零一二三四五六七八九十"[n].ToString(),
        _ => n.ToString(CultureInfo.InvariantCulture),
    };
}
