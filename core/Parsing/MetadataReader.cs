using ReportAudit.Core.Model;
using ReportAudit.Core.Parsing.Normalization;

namespace ReportAudit.Core.Parsing;

/// <summary>
/// Finds the body, year and publication date: the title line (or the line above it), a page header's
/// 发布机构 / 发布日期 fields, and the signature at the end. What the text does not say stays empty.
/// </summary>
internal static class MetadataReader
{
    private static readonly string[] Chrome = ["当前位置", "首页", "索引号", "分类", "主题词", "扫一扫", "打印", "关闭", "字号", "浏览", "访问", ">", "》"];

    private const string BodySuffixes = "局委办室府处会院厅部心道镇乡署所站司队校区县市省团社馆";

    /// <param name="preambleEnd">Index of the first section heading (or the piece count).</param>
    /// <param name="sectionOneText">Text of section 一, for the year it opens with.</param>
    /// <param name="closingStart">Index of the section 六 heading (the signature follows it), or -1.</param>
    public static ReportMetadata Read(ParseContext context, int preambleEnd, string? sectionOneText, int closingStart)
    {
        var pieces = context.Pieces;
        var headerEnd = Math.Min(preambleEnd, pieces.Count);
        string? title = null, body = null, bodySource = null;
        int? titleYear = null;

        var titleAt = FindTitle(context, headerEnd);
        if (titleAt >= 0)
        {
            title = pieces[titleAt].Text;
            titleYear = ChineseDates.FindYear(title, out var yearAt);
            var before = yearAt > 0 ? CleanBody(title[..yearAt]) : null;
            if (before is { Length: >= 2 })
            {
                (body, bodySource) = (before, "title");
            }
            else if (LineAbove(context, titleAt) is { } above)
            {
                (body, bodySource) = (above, "title");
            }
        }

        if (body is null && FieldValue(context, 0, headerEnd, ["发布机构", "发文机关", "发布单位"]) is { } field && CleanBody(field) is { Length: >= 2 } publisher)
        {
            (body, bodySource) = (publisher, "发布机构");
        }

        var (signatureBody, signatureDate) = Signature(context, closingStart);
        if (body is null && signatureBody is not null)
        {
            (body, bodySource) = (signatureBody, "signature");
        }

        DateOnly? published = null;
        string? publishedSource = null;
        foreach (var (labels, source) in new[] { (new[] { "发布日期", "发布时间", "公开日期", "发文日期" }, "发布日期") })
        {
            if (FieldValue(context, 0, headerEnd, labels) is { } value && ChineseDates.FindDate(value, out _) is { } date)
            {
                (published, publishedSource) = (date, source);
            }
        }

        if (published is null && signatureDate is not null)
        {
            (published, publishedSource) = (signatureDate, "signature");
        }

        if (published is null && FieldValue(context, 0, headerEnd, ["成文日期"]) is { } written && ChineseDates.FindDate(written, out _) is { } writtenOn)
        {
            (published, publishedSource) = (writtenOn, "成文日期");
        }

        int? narrativeYear = null;
        if (sectionOneText is { Length: > 0 })
        {
            var opening = sectionOneText.Length > 200 ? sectionOneText[..200] : sectionOneText;
            narrativeYear = ChineseDates.FindYear(opening, out _);
        }

        return new ReportMetadata(title, body, bodySource, titleYear, narrativeYear, published, publishedSource);
    }

    private static int FindTitle(ParseContext context, int end)
    {
        for (var i = 0; i < end; i++)
        {
            var text = context.Pieces[i].Text;
            if (text.Length is < 8 or > 120)
            {
                continue;
            }

            var n = context.Normalized(i);
            if ((n.Contains("年度报告", StringComparison.Ordinal) || n.Contains("年报", StringComparison.Ordinal)) && n.Contains("公开", StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The body's name on its own line just above the title (石家庄市人民政府办公室 / 2022年…年度报告).</summary>
    private static string? LineAbove(ParseContext context, int titleAt)
    {
        for (var i = titleAt - 1; i >= Math.Max(0, titleAt - 2); i--)
        {
            var text = context.Pieces[i].Text;
            if (text.Length == 0)
            {
                continue;
            }

            return LooksLikeBody(text) ? CleanBody(text) : null;
        }

        return null;
    }

    private static bool LooksLikeBody(string text)
    {
        var n = ChineseText.Normalize(text);
        return n.Length is >= 3 and <= 40
            && !n.Contains('。')
            && !n.Any(char.IsAsciiDigit)
            && !Chrome.Any(c => n.Contains(c, StringComparison.Ordinal))
            && BodySuffixes.Contains(n[^1], StringComparison.Ordinal);
    }

    private static string? CleanBody(string text)
    {
        var t = text.Trim().TrimStart(':', '：').Trim();
        if (t.StartsWith("关于", StringComparison.Ordinal))
        {
            t = t[2..];
        }

        t = t.Trim(' ', '|', '《', '》', '“', '”', '"', ':', '：', ',', '，');
        return t.Length == 0 ? null : t;
    }

    /// <summary>
    /// The value of a header field: written after the label in the same piece (发布机构：X), in the next
    /// cell of the same row, or in the cell below in the next row (an info table of labels over values).
    /// </summary>
    private static string? FieldValue(ParseContext context, int from, int to, string[] labels)
    {
        var pieces = context.Pieces;
        for (var i = from; i < to; i++)
        {
            var n = context.Normalized(i);
            var label = labels.FirstOrDefault(l => n.StartsWith(l, StringComparison.Ordinal));
            if (label is null || n.Length > label.Length + 40)
            {
                continue;
            }

            var rest = n[label.Length..];
            var inline = rest.TrimStart(':', '：', ' ');
            if (inline.Length > 0)
            {
                return inline;
            }

            // 发布机构：[value] — the value is the next cell of the row, even when that cell is empty.
            var rowId = pieces[i].RowId;
            var nextInRow = i + 1 < to && (rowId == 0 || pieces[i + 1].RowId == rowId);
            if (rest.Length > 0 || (nextInRow && !IsFieldLabel(pieces[i + 1].Text)))
            {
                return nextInRow && !pieces[i + 1].IsEmpty && !IsFieldLabel(pieces[i + 1].Text) ? pieces[i + 1].Text : null;
            }

            // A header row of labels over a row of values (索引号 | 公开方式 | 发布机构).
            if (rowId > 0 && BelowInNextRow(context, i, to) is { } below)
            {
                return below;
            }
        }

        return null;
    }

    private static bool IsFieldLabel(string text)
    {
        var n = ChineseText.Normalize(text).TrimEnd(':', '：');
        return n.Length <= 6 && (n.EndsWith("号", StringComparison.Ordinal) || n.EndsWith("方式", StringComparison.Ordinal) || n.EndsWith("机构", StringComparison.Ordinal) || n.EndsWith("日期", StringComparison.Ordinal) || n.EndsWith("分类", StringComparison.Ordinal));
    }

    private static string? BelowInNextRow(ParseContext context, int at, int to)
    {
        var pieces = context.Pieces;
        var rowId = pieces[at].RowId;
        var rowStart = at;
        while (rowStart > 0 && pieces[rowStart - 1].RowId == rowId)
        {
            rowStart--;
        }

        var column = at - rowStart;
        var next = at + 1;
        while (next < to && pieces[next].RowId == rowId)
        {
            next++;
        }

        // Skip empty cells between the rows.
        while (next < to && pieces[next].IsEmpty && pieces[next].RowId == 0)
        {
            next++;
        }

        var nextRow = next < to ? pieces[next].RowId : 0;
        if (nextRow == 0 || next + column >= to || pieces[next + column].RowId != nextRow)
        {
            return null;
        }

        var value = pieces[next + column].Text;
        return value.Length == 0 ? null : value;
    }

    /// <summary>The signature at the end: a body's name over a date, the last such pair after section 六's heading.</summary>
    private static (string? Body, DateOnly? Date) Signature(ParseContext context, int closingStart)
    {
        var pieces = context.Pieces;
        var from = closingStart >= 0 ? closingStart + 1 : Math.Max(0, pieces.Count - 12);
        for (var i = pieces.Count - 1; i >= from; i--)
        {
            if (!ChineseDates.IsDateLine(pieces[i].Text, out var date))
            {
                continue;
            }

            for (var j = i - 1; j >= from && j >= i - 2; j--)
            {
                if (pieces[j].Text.Length > 0)
                {
                    return (LooksLikeBody(pieces[j].Text) ? CleanBody(pieces[j].Text) : null, date);
                }
            }

            return (null, date);
        }

        return (null, null);
    }
}
