using ReportAudit.Core.Model;
using ReportAudit.Core.Parsing.Normalization;
using ReportAudit.Core.Parsing.Tables;

namespace ReportAudit.Core.Parsing;

/// <summary>
/// Builds the report model from pieces, whatever the input was: finds the six sections, reads the
/// metadata, detects the template and reads the three tables, noting everything it could not find.
/// </summary>
internal static class ReportAssembler
{
    public static AnnualReport Assemble(ParseContext context, InputFormat format, string? encoding, string? fileName)
    {
        var pieces = context.Pieces;
        var headings = FindHeadings(context);
        var sections = new List<ReportSection>(6);
        for (var h = 0; h < headings.Count; h++)
        {
            var (number, at) = headings[h];
            var end = h + 1 < headings.Count ? headings[h + 1].At : pieces.Count;
            sections.Add(new ReportSection(number, pieces[at].Text, SectionText(pieces, at + 1, end), pieces[at].Location));
        }

        foreach (var missing in Enumerable.Range(1, 6).Where(n => sections.All(s => s.Number != n)))
        {
            context.Notice("section.missing", NoticeLevel.Warning,
                $"没有找到第{ReportSection.Numerals[missing - 1]}部分的标题",
                $"section {ReportSection.Numerals[missing - 1]} heading not found", missing);
        }

        var firstHeading = headings.Count > 0 ? headings[0].At : pieces.Count;
        var closing = headings.FirstOrDefault(h => h.Number == 6);
        var metadata = MetadataReader.Read(context, firstHeading, sections.FirstOrDefault(s => s.Number == 1)?.Text, closing.Number == 6 ? closing.At : -1);

        var (from2, to2) = Range(headings, 2, pieces.Count);
        var (from3, to3) = Range(headings, 3, pieces.Count);
        var (from4, to4) = Range(headings, 4, pieces.Count);

        var (template, score2019, score2021) = TemplateDetector.Detect(context, from2, to3);
        var activeDisclosure = new StatisticsTable();
        var applications = new StatisticsTable();
        var reviewLitigation = new StatisticsTable();
        var foreignRows = new List<string>();

        if (template == TemplateVersion.Unknown && HasAnyCells(pieces, 0, pieces.Count))
        {
            // No section 二 vocabulary: section 三 alone may still tell the template.
            template = TemplateDetector.Detect(context, 0, pieces.Count).Template;
        }

        if (template != TemplateVersion.Unknown)
        {
            if (score2019 > 0 && score2021 > 0)
            {
                context.Notice("template.mixed", NoticeLevel.Warning,
                    $"表格同时含有 2019 年版（{score2019} 处）和 2021 年版（{score2021} 处）模板的用语",
                    $"the tables use wording of both the 2019 ({score2019}) and the 2021 ({score2021}) template", 2);
            }

            NoteTruncatedHeaders(context, from2, to2, ActiveDisclosureColumnKeys, 2);
            NoteTruncatedHeaders(context, from4, to4, ReviewCellKeys, 4);
            ReadActiveDisclosure(context, template, from2, to2, activeDisclosure, foreignRows);
            if (ReadApplications(context, template, from3, to3, foreignRows) is { } found)
            {
                applications = found;
            }

            ReviewLitigationReader.Read(context, from4, to4, reviewLitigation);
        }
        else
        {
            context.Notice("template.unknown", NoticeLevel.Warning,
                "没有找到 2019 年版或 2021 年版模板的统计表（2019 年以前的报告格式不同），未读取表格",
                "no statistics table of the 2019 or 2021 template found (reports before 2019 used other formats); no cells read");
        }

        NoteMetadataGaps(context, metadata);

        var status = Status(sections, template, activeDisclosure, applications, reviewLitigation, context);
        return new AnnualReport
        {
            FileName = fileName,
            Title = metadata.Title,
            Body = metadata.Body,
            BodySource = metadata.BodySource,
            TitleYear = metadata.TitleYear,
            NarrativeYear = metadata.NarrativeYear,
            Year = metadata.TitleYear ?? metadata.NarrativeYear,
            PublishedOn = metadata.PublishedOn,
            PublishedOnSource = metadata.PublishedOnSource,
            Template = template,
            Status = status,
            Format = format,
            Encoding = encoding,
            Sections = sections,
            ActiveDisclosure = activeDisclosure,
            Applications = applications,
            ReviewLitigation = reviewLitigation,
            ForeignTemplateRows = foreignRows,
            Notices = context.Notices,
        };
    }

    private static void NoteMetadataGaps(ParseContext context, ReportMetadata metadata)
    {
        if (metadata.Body is null)
        {
            context.Notice("meta.no-body", NoticeLevel.Info, "报告的标题、发布机构和落款都没有写明发布机关", "the report names no issuing body (title, 发布机构 field or signature)");
        }

        if (metadata.TitleYear is null && metadata.NarrativeYear is not null)
        {
            context.Notice("meta.year-from-text", NoticeLevel.Info,
                $"没有标题年份，报告年度 {metadata.NarrativeYear} 取自第一部分开头",
                $"no year in a title; the report year {metadata.NarrativeYear} is taken from the opening of section 一", 1);
        }
        else if (metadata.TitleYear is null)
        {
            context.Notice("meta.no-year", NoticeLevel.Warning, "报告没有写明年度", "the report does not state its year");
        }

        if (metadata.PublishedOn is null)
        {
            context.Notice("meta.no-date", NoticeLevel.Info, "报告没有落款日期或发布日期", "the report states no signature or publication date");
        }
    }

    private static ParseStatus Status(List<ReportSection> sections, TemplateVersion template, StatisticsTable active, StatisticsTable applications, StatisticsTable review, ParseContext context)
    {
        if (sections.Count == 0 && applications.IsEmpty && review.IsEmpty && active.IsEmpty)
        {
            context.Notice("report.unrecognised", NoticeLevel.Error, "没有找到年度报告的任何部分或统计表", "no section or statistics table of an annual report found");
            return ParseStatus.Unparseable;
        }

        var complete = sections.Count == 6 && template != TemplateVersion.Unknown
            && !context.Notices.Any(n => n.Level >= NoticeLevel.Warning && n.Code.StartsWith("table.", StringComparison.Ordinal));
        return complete ? ParseStatus.Parsed : ParseStatus.Partial;
    }

    private static void ReadActiveDisclosure(ParseContext context, TemplateVersion template, int from, int to, StatisticsTable into, List<string> foreignRows)
    {
        var reader = new RowReader(context, from, to, 2);
        var missing = reader.ReadRows(TemplateCatalog.ActiveDisclosureRows(template), into);
        NoteMissingRows(context, missing, 2);
        AmountReader.Read(context, template, from, to, into);

        // Rows that only the other template has (a mixed template).
        if (template == TemplateVersion.V2021)
        {
            foreach (var row in TemplateCatalog.ActiveDisclosure2019.Where(r => r.Key is "other_services" or "procurement"))
            {
                for (var i = from; i < to; i++)
                {
                    if (LabelMatcher.Match(row, context.KeyFor(row, i)) == LabelMatch.Exact)
                    {
                        foreignRows.Add(row.Key);
                        break;
                    }
                }
            }
        }
    }

    /// <summary>The label keys of the column headers of section 二 and the cells of section 四, computed once.</summary>
    private static readonly string[] ActiveDisclosureColumnKeys = [.. TemplateCatalog.ActiveDisclosureColumnLabels.Values.Select(ChineseText.LabelKey)];

    private static readonly string[] ReviewCellKeys = [.. TemplateCatalog.ReviewCellLabels.Values.Select(ChineseText.LabelKey)];

    /// <summary>
    /// Header cells cut short (本年新 for 本年新制作数量, 尚未 for 尚未审结) are a near miss: the values are read by
    /// the template's column order all the same, and the reader is told, once per distinct header.
    /// </summary>
    private static void NoteTruncatedHeaders(ParseContext context, int from, int to, string[] labels, int section)
    {
        HashSet<string>? seen = null;
        for (var i = from; i < to; i++)
        {
            var piece = context.Pieces[i];
            // A value's key (digits, a unit, a blank mark) begins no header label: not worth making.
            if (!piece.IsCell || piece.IsEmpty || piece.Text.Length > 12 || context.IsValueOrEmpty(i))
            {
                continue;
            }

            var key = context.Key(i);
            // The prefix test before the set: only the few cut headers are kept, not every short cell's key.
            if (key.Length < 2 || labels.Contains(key) || !IsPrefixOfAny(labels, key) || !(seen ??= new HashSet<string>(StringComparer.Ordinal)).Add(key))
            {
                continue;
            }

            NoteTruncatedHeader(context, piece, key, labels, section);
        }
    }

    private static bool IsPrefixOfAny(string[] labels, string key)
    {
        foreach (var label in labels)
        {
            if (label.StartsWith(key, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static void NoteTruncatedHeader(ParseContext context, Piece piece, string key, string[] labels, int section)
    {
        var full = labels.Where(l => l.StartsWith(key, StringComparison.Ordinal)).ToArray();
        context.Notice("header.truncated", NoticeLevel.Info,
            $"表头“{piece.Text}”不完整（模板为“{string.Join("”或“", full)}”），按模板列的顺序读取数值",
            $"header '{piece.Text}' is cut short (the template has '{string.Join("' or '", full)}'); values are read in the template's column order",
            section, null, piece.Location);
    }

    /// <summary>Fewer rows than this found means the table is not there at all.</summary>
    private const int MinimumRowsForATable = 3;

    /// <summary>The section 三 table (the rows found, read straight into the table returned), or null when it is not there.</summary>
    private static StatisticsTable? ReadApplications(ParseContext context, TemplateVersion template, int from, int to, List<string> foreignRows)
    {
        var reader = new RowReader(context, from, to, 3);
        var into = new StatisticsTable();
        var missing = reader.ReadRows(TemplateCatalog.ApplicationRows(template), into);
        if (into.RowKeys.Count < MinimumRowsForATable)
        {
            // A stray 总计 or 上年结转 elsewhere is not the applications table.
            context.Notice("table.missing", NoticeLevel.Warning, "没有找到第三部分（依申请公开）的统计表", "the section 三 (applications) table was not found", 3);
            return null;
        }

        if (template == TemplateVersion.V2021)
        {
            ReadSingleOtherRow(context, from, to, into, missing);
        }

        NoteMissingRows(context, missing, 3);
        var other = template == TemplateVersion.V2019 ? TemplateCatalog.Applications2021 : TemplateCatalog.Applications2019;
        foreach (var row in other.Where(r => r.Key.StartsWith("result.other", StringComparison.Ordinal) && !TemplateCatalog.ApplicationRows(template).Contains(r)))
        {
            if (row.ExactMatch)
            {
                continue;
            }

            for (var i = from; i < to; i++)
            {
                if (LabelMatcher.Match(row, context.KeyFor(row, i)) == LabelMatch.Exact && (template == TemplateVersion.V2019 || NextIsValue(context, i, to)))
                {
                    foreignRows.Add(row.Key);
                    break;
                }
            }
        }

        return into;
    }

    /// <summary>
    /// A 2021 table with the 2019 template's single （六）其他处理 row instead of its three rows: the row is kept as the
    /// 2019 <c>result.other</c> (its values count in （七）总计) and said, never dropped.
    /// </summary>
    private static void ReadSingleOtherRow(ParseContext context, int from, int to, StatisticsTable into, List<string> missing)
    {
        var rows2021 = TemplateCatalog.Applications2021.Where(r => r.Key.StartsWith("result.other.", StringComparison.Ordinal)).Select(r => r.Key).ToArray();
        if (!rows2021.All(missing.Contains))
        {
            return;
        }

        var single = TemplateCatalog.Applications2019.Where(r => r.Key == "result.other").ToArray();
        var found = new StatisticsTable();
        new RowReader(context, from, to, 3).ReadRows(single, found);
        if (!found.HasRow("result.other"))
        {
            return;
        }

        foreach (var (row, column, cell) in found.Cells())
        {
            into.Set(row, column, cell);
        }

        foreach (var row in found.UncertainRows)
        {
            into.MarkUncertain(row);
        }

        missing.RemoveAll(rows2021.Contains);
        var location = found.Row("result.other").Values.First().Location;
        context.Notice("table.single-other-row", NoticeLevel.Warning,
            "表格按 2021 年版模板填写，但“（六）其他处理”只有一行（2019 年版格式），没有分列“1.申请人无正当理由逾期不补正…”“2.申请人逾期未按收费通知要求缴纳费用…”“3.其他”；按 2019 年版的“（六）其他处理”一行读取",
            "the table follows the 2021 template but has the 2019 template's single row （六）其他处理 instead of the 2021 rows 1. 申请人无正当理由逾期不补正…, 2. 申请人逾期未按收费通知要求缴纳费用…, 3. 其他; read as the 2019 row （六）其他处理",
            3, "result.other", location);
    }

    /// <summary>In the 2021 template 其他处理 is a group label; only with values right after it is it the 2019 row.</summary>
    private static bool NextIsValue(ParseContext context, int i, int to) =>
        i + 1 < to && !context.Pieces[i + 1].IsEmpty && context.IsValueOrEmpty(i + 1);

    private static void NoteMissingRows(ParseContext context, List<string> missing, int section)
    {
        foreach (var key in missing)
        {
            var label = section == 2 ? TemplateCatalog.ActiveDisclosureRowLabel(key) : TemplateCatalog.ApplicationRowLabel(key);
            context.Notice("table.row-missing", NoticeLevel.Warning,
                $"第{ReportSection.Numerals[section - 1]}部分的表格中没有找到“{label}”一行",
                $"row '{key}' not found in the section {ReportSection.Numerals[section - 1]} table", section, key);
        }
    }

    private static bool HasAnyCells(List<Piece> pieces, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (pieces[i].IsCell)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The pieces of a section, or of the whole report when its heading is missing.</summary>
    private static (int From, int To) Range(List<(int Number, int At)> headings, int number, int count)
    {
        var index = headings.FindIndex(h => h.Number == number);
        if (index < 0)
        {
            return (0, count);
        }

        return (headings[index].At + 1, index + 1 < headings.Count ? headings[index + 1].At : count);
    }

    /// <summary>The first heading of each number, kept only while the numbers rise (a table of contents or a repeat is ignored).</summary>
    private static List<(int Number, int At)> FindHeadings(ParseContext context)
    {
        var found = new List<(int Number, int At)>(6);
        var last = 0;
        for (var i = 0; i < context.Pieces.Count; i++)
        {
            var piece = context.Pieces[i];
            if (piece.IsEmpty || piece.Text.Length > 80)
            {
                continue;
            }

            var number = SectionHeadings.Match(context, i);
            if (number <= last)
            {
                continue;
            }

            found.Add((number, i));
            last = number;
        }

        return found;
    }

    /// <summary>
    /// The section's lines, a row's cells joined by " | ". Measured first, then written once into a string of that
    /// length (a section of a long report is tens of KB: no builder growing by doubling).
    /// </summary>
    private static string SectionText(List<Piece> pieces, int from, int to)
    {
        var length = 0;
        var lastRow = -1;
        for (var i = from; i < to; i++)
        {
            var piece = pieces[i];
            if (piece.IsEmpty)
            {
                continue;
            }

            if (length > 0)
            {
                length += piece.IsCell && piece.RowId != 0 && piece.RowId == lastRow ? 3 : 1;
            }

            length += piece.Text.Length;
            lastRow = piece.IsCell ? piece.RowId : -1;
        }

        return length == 0 ? string.Empty : string.Create(length, (pieces, from, to), static (chars, state) =>
        {
            var (pieces, from, to) = state;
            var at = 0;
            var lastRow = -1;
            for (var i = from; i < to; i++)
            {
                var piece = pieces[i];
                if (piece.IsEmpty)
                {
                    continue;
                }

                if (at > 0)
                {
                    var separator = piece.IsCell && piece.RowId != 0 && piece.RowId == lastRow ? " | " : "\n";
                    separator.CopyTo(chars[at..]);
                    at += separator.Length;
                }

                piece.Text.CopyTo(chars[at..]);
                at += piece.Text.Length;
                lastRow = piece.IsCell ? piece.RowId : -1;
            }
        });
    }
}
