using System.Text.RegularExpressions;
using ReportAudit.Core.Parsing.Normalization;

namespace ReportAudit.Core.Collection;

/// <summary>
/// Whether a title names a 政府信息公开工作年度报告 and of which year: <c>…2023年度政府信息公开工作年度报告</c>,
/// <c>2022年政府信息公開工作年度報告</c> (traditional characters are folded first), <c>政务信息公开</c>, <c>年报</c>.
/// </summary>
public static partial class ReportTitle
{
    /// <summary>The report year a title names, or null when it is not an annual report title.</summary>
    public static int? YearOf(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }

        var text = ChineseText.Normalize(title).Replace(" ", string.Empty, StringComparison.Ordinal);
        var match = Pattern().Match(text);
        return match.Success ? int.Parse(match.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    /// <summary>Whether the title names a report of one of the years (any year when none are given).</summary>
    public static bool IsWanted(string? title, IReadOnlyCollection<int> years)
    {
        ArgumentNullException.ThrowIfNull(years);
        return YearOf(title) is { } year && (years.Count == 0 || years.Contains(year));
    }

    /// <summary>
    /// A list item whose text the column cut short (<c>石家庄市人民政府办公室2023年度政府信息公开工…</c>, no title attribute):
    /// it names one of the years and 信息公开 but not the whole phrase. Worth fetching: the article's own title decides.
    /// </summary>
    public static bool MayBeWanted(string? text, IReadOnlyCollection<int> years)
    {
        ArgumentNullException.ThrowIfNull(years);
        if (string.IsNullOrWhiteSpace(text) || YearOf(text) is not null)
        {
            return false;
        }

        var trimmed = ChineseText.Normalize(text);
        var cut = trimmed.EndsWith('…') || trimmed.EndsWith("...", StringComparison.Ordinal) || trimmed.EndsWith("..", StringComparison.Ordinal);
        var year = Truncated().Match(trimmed);
        return cut && year.Success && trimmed.Contains("政", StringComparison.Ordinal) && (years.Count == 0 || years.Contains(int.Parse(year.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [GeneratedRegex(@"(?<year>20\d\d)年度?.{0,40}?政[府务]")]
    private static partial Regex Truncated();

    [GeneratedRegex(@"(?<year>20\d\d)年度?.{0,40}?政[府务](?:信息)?公开(?:工作)?(?:年度报告|年报|工作报告)")]
    private static partial Regex Pattern();
}
