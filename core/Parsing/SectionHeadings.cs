using ReportAudit.Core.Parsing.Normalization;

namespace ReportAudit.Core.Parsing;

/// <summary>
/// Recognises the six section headings (一、总体情况 … 六、其他需要报告的事项) in their many real
/// wordings and typos (行政法复议), in simplified or traditional characters.
/// </summary>
internal static class SectionHeadings
{
    private static readonly string[][] Keywords =
    [
        ["总体情况", "概述", "基本情况", "总体", "概况"],
        ["主动公开"],
        ["收到和处理", "依申请", "申请情况", "收到", "处理政府信息公开申请"],
        ["复议", "诉讼"],
        ["存在", "问题", "改进"],
        ["其他需要报告", "其他事项", "其他需报告", "其他需要说明", "其他"],
    ];

    /// <summary>Official headings without a numeral, accepted when a line is exactly one of them.</summary>
    private static readonly string[] Bare =
    [
        "总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况",
        "政府信息公开行政复议行政诉讼情况", "存在的主要问题及改进情况", "其他需要报告的事项",
    ];

    /// <summary>The section number (1 to 6) a line is the heading of, or 0.</summary>
    public static int Match(string line) => Match(line, null, -1);

    /// <summary><see cref="Match(string)"/> of a piece, with the label key the context has for it (computed once for all readers).</summary>
    public static int Match(ParseContext context, int index) => Match(context.Pieces[index].Text, context, index);

    private static int Match(string line, ParseContext? context, int index)
    {
        if (line.Length is < 3 or > 80)
        {
            return 0;
        }

        var numeral = ChineseText.ToSimplified(line[0]);
        var number = "一二三四五六".IndexOf(numeral, StringComparison.Ordinal) + 1;
        if (number == 0)
        {
            return MatchBare(line, context, index);
        }

        var separator = line[1];
        if (separator is not ('、' or '.' or '．' or ',' or '，' or ' ' or '　'))
        {
            return 0;
        }

        var rest = ChineseText.Normalize(line.AsSpan(2));
        if (rest.Length == 0)
        {
            return 0;
        }

        // The keyword must open the heading, not sit somewhere in a long sentence.
        var window = rest.Length > 24 ? rest[..24] : rest;
        foreach (var keyword in Keywords[number - 1])
        {
            if (window.Contains(keyword, StringComparison.Ordinal))
            {
                return IsTableRowLabel(number, rest) ? 0 : number;
            }
        }

        return 0;
    }

    /// <summary>
    /// Row labels of the section 三 table look like headings (一、本年新收…, 三、本年度办理结果, 四、结转下年度…).
    /// </summary>
    private static bool IsTableRowLabel(int number, string rest) =>
        rest.Contains("本年新收", StringComparison.Ordinal)
        || rest.Contains("上年结转", StringComparison.Ordinal)
        || rest.Contains("办理结果", StringComparison.Ordinal)
        || rest.Contains("结转下年", StringComparison.Ordinal)
        || (number == 6 && rest.Contains("处理", StringComparison.Ordinal) && !rest.Contains("报告", StringComparison.Ordinal));

    private static int MatchBare(string line, ParseContext? context, int index)
    {
        if (line.Length > 24)
        {
            return 0;
        }

        var key = context is null ? ChineseText.LabelKey(line) : context.Key(index);
        return Array.IndexOf(Bare, key) + 1;
    }
}
