using System.Text;
using ReportAudit.Core.Parsing.Normalization;

namespace ReportAudit.Core.Parsing;

/// <summary>
/// Reads the labelled fields a CMS prints around a report: chrome lines that hold several fields
/// (<c>来源：X 时间：2023-02-14 09:30 浏览次数：123</c>, <c>发布时间：2023-01-20 来源：本站</c>, spans glued without a space),
/// and info tables of label and value cells (<c>发布机构： | X</c>) or of labels over values. Only the preamble and the
/// end of a report are read, once, without a regular expression.
/// </summary>
internal static class PageFields
{
    /// <summary>Labels whose values the metadata reader uses.</summary>
    public static readonly string[] BodyLabels = ["发布机构", "发文机关", "发布单位", "发布部门", "来源单位", "信息来源", "文章来源", "来源"];

    /// <summary>
    /// Every label a chrome line is split at: the ones read, and the ones that only end the field before them. Print,
    /// generation, crawl and update dates are here so that their dates are never taken for a 日期 or 时间 field.
    /// </summary>
    private static readonly HashSet<string> Known = new(StringComparer.Ordinal)
    {
        "发布机构", "发文机关", "发布单位", "发布部门", "来源单位", "信息来源", "文章来源", "来源",
        "发布时间", "发布日期", "公开日期", "公开时间", "发文日期", "时间", "日期", "成文日期", "成文时间",
        "打印日期", "打印时间", "生成日期", "生成时间", "抓取时间", "抓取日期", "采集时间", "采集日期", "下载时间", "下载日期",
        "更新时间", "更新日期", "修改时间", "修改日期", "访问时间", "统计时间", "截止日期",
        "浏览次数", "浏览量", "浏览", "点击数", "点击量", "点击率", "访问量", "访问次数", "阅读量", "阅读次数", "阅读",
        "作者", "编辑", "责任编辑", "审核", "字号", "字体", "分享", "分享到", "打印", "关闭",
        "索引号", "文号", "发文字号", "主题分类", "分类", "体裁分类", "组配分类", "主题词", "关键词", "有效性", "名称", "标题", "文章标题",
        "当前位置", "您的位置", "您现在的位置",
    };

    private const int MaxLabel = 8;

    /// <summary>The fields of pieces [from, to), in reading order; fields with an empty value are left out.</summary>
    public static List<PageField> Read(ParseContext context, int from, int to)
    {
        var fields = new List<PageField>();
        var pieces = context.Pieces;
        for (var i = from; i < to; i++)
        {
            var text = pieces[i].Text;
            if (text.Length == 0 || text.Length > 300)
            {
                continue;
            }

            var n = context.Normalized(i);
            var bare = n.TrimEnd(':');
            if (bare.Length <= MaxLabel && Known.Contains(bare))
            {
                if (LabelCellValue(context, i, to, hasColon: bare.Length < n.Length) is { Length: > 0 } value)
                {
                    fields.Add(new PageField(bare, value, i));
                }
            }
            else if (text.AsSpan().IndexOfAny(':', '：') >= 0)
            {
                SplitInline(text, i, fields);
            }
        }

        return fields;
    }

    /// <summary>True when the text is a field label on its own (发布机构, 索 引 号：).</summary>
    public static bool IsLabel(string text)
    {
        var n = ChineseText.Normalize(text).TrimEnd(':');
        return n.Length > 0 && n.Length <= MaxLabel && (Known.Contains(n) || n.EndsWith("号", StringComparison.Ordinal) || n.EndsWith("方式", StringComparison.Ordinal)
            || n.EndsWith("机构", StringComparison.Ordinal) || n.EndsWith("日期", StringComparison.Ordinal) || n.EndsWith("分类", StringComparison.Ordinal));
    }

    /// <summary>
    /// The value of a label on its own: the next cell of the row (or the next line of text), even when that cell is
    /// empty; for a label without colon in a row of labels, the cell below it in the next row.
    /// </summary>
    private static string? LabelCellValue(ParseContext context, int at, int to, bool hasColon)
    {
        var pieces = context.Pieces;
        var rowId = pieces[at].RowId;
        var nextInRow = at + 1 < to && (rowId == 0 || pieces[at + 1].RowId == rowId);
        if (nextInRow && !IsLabel(pieces[at + 1].Text))
        {
            return pieces[at + 1].Text;
        }

        return hasColon || rowId == 0 ? null : BelowInNextRow(context, at, to);
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

        // Skip empty lines between the rows.
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

    /// <summary>
    /// Splits a line at each label followed by a colon. A label is a known one (the longest known label ending the run of
    /// Chinese characters before the colon, when a field came before it on the line or a space or mark stands before it),
    /// or a short unknown run at the start of a phrase; a colon in a time (09:30) or in prose is no label.
    /// </summary>
    internal static void SplitInline(string raw, int piece, List<PageField> into)
    {
        var t = Simplify(raw);
        string? label = null;
        var valueStart = 0;
        Span<int> positions = stackalloc int[MaxLabel + 4];
        for (var k = 0; k < t.Length; k++)
        {
            if (t[k] != ':')
            {
                continue;
            }

            // The run of Chinese characters before the colon (spaces inside a spaced label 名 称 are skipped).
            var count = 0;
            var j = k;
            while (j > 0 && count < positions.Length)
            {
                var c = t[j - 1];
                if (ChineseText.IsCjk(c))
                {
                    positions[count++] = j - 1;
                    j--;
                }
                else if (c == ' ' && count > 0 && j >= 2 && ChineseText.IsCjk(t[j - 2]))
                {
                    j--;
                }
                else
                {
                    break;
                }
            }

            if (count == 0)
            {
                continue;
            }

            var truncated = count == positions.Length && j > 0 && ChineseText.IsCjk(t[j - 1]);
            var run = new StringBuilder(count);
            for (var p = count - 1; p >= 0; p--)
            {
                run.Append(t[positions[p]]);
            }

            var runText = run.ToString();
            string? found = null;
            var labelStart = -1;
            if (!truncated && Known.Contains(runText))
            {
                (found, labelStart) = (runText, positions[count - 1]);
            }
            else if (LongestKnownSuffix(runText) is { } suffix)
            {
                var start = positions[suffix.Length - 1];
                if (label is not null || start == 0 || !ChineseText.IsCjk(t[start - 1]))
                {
                    (found, labelStart) = (suffix, start);
                }
            }

            if (found is null && !truncated && count <= 6 && (j == 0 || !ChineseText.IsCjk(t[j - 1])))
            {
                // An unknown label at the start of a phrase (地址：, 电话：): it ends the field before it.
                (found, labelStart) = (runText, positions[count - 1]);
            }

            if (found is null)
            {
                continue;
            }

            if (label is not null)
            {
                Add(into, label, t[valueStart..labelStart], piece);
            }

            label = found;
            valueStart = k + 1;
        }

        if (label is not null)
        {
            Add(into, label, t[valueStart..], piece);
        }
    }

    private static void Add(List<PageField> into, string label, string value, int piece)
    {
        if (!Known.Contains(label))
        {
            return;
        }

        // A 【…】 after the value is the next chrome item (【字体：大 中 小】【打印】).
        var v = value.TrimStart(' ', '【', '[');
        var bracket = v.IndexOf('【', StringComparison.Ordinal);
        v = (bracket > 0 ? v[..bracket] : v).Trim(' ', '|', '丨', '｜', '【', '】', '[', ']', '(', ')', '（', '）', '/', '·', ',', '，', ';', '；', '>');
        if (v.Length > 0)
        {
            into.Add(new PageField(label, v, piece));
        }
    }

    private static string? LongestKnownSuffix(string run)
    {
        for (var length = Math.Min(run.Length, MaxLabel); length >= 2; length--)
        {
            var suffix = run[^length..];
            if (Known.Contains(suffix))
            {
                return suffix;
            }
        }

        return null;
    }

    /// <summary>Simplified characters and ASCII punctuation (：→:), whitespace runs as one space; pinyin marks removed.</summary>
    private static string Simplify(string text)
    {
        var source = ChineseText.StripPinyinMarks(text);
        var sb = new StringBuilder(source.Length);
        foreach (var raw in source)
        {
            var c = ChineseText.ToSimplified(ChineseText.ToHalfWidth(raw));
            if (char.IsWhiteSpace(c))
            {
                if (sb.Length > 0 && sb[^1] != ' ')
                {
                    sb.Append(' ');
                }
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }
}
