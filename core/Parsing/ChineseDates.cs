using System.Text.RegularExpressions;

namespace ReportAudit.Core.Parsing;

/// <summary>Reads dates and years as reports write them: 2024年1月4日, 2024-01-04, 2024/1/4, 二〇二四年一月四日.</summary>
internal static partial class ChineseDates
{
    [GeneratedRegex(@"(?<y>(?:19|20)\d{2})\s*(?:年|-|/|\.)\s*(?<m>\d{1,2})\s*(?:月|-|/|\.)\s*(?<d>\d{1,2})\s*日?")]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"(?<y>[〇零一二三四五六七八九○Ｏ]{4})年(?<m>[一二三四五六七八九十]{1,2})月(?<d>[一二三四五六七八九十]{1,3})日")]
    private static partial Regex HanDate();

    [GeneratedRegex(@"(?<y>(?:19|20)\d{2})\s*年")]
    private static partial Regex NumericYear();

    [GeneratedRegex(@"(?<y>[〇零一二三四五六七八九○Ｏ]{4})年")]
    private static partial Regex HanYear();

    public static DateOnly? FindDate(string text, out int index)
    {
        index = -1;
        var m = NumericDate().Match(text);
        if (m.Success && TryDate(int.Parse(m.Groups["y"].ValueSpan, provider: null), int.Parse(m.Groups["m"].ValueSpan, provider: null), int.Parse(m.Groups["d"].ValueSpan, provider: null), out var date))
        {
            index = m.Index;
            return date;
        }

        var h = HanDate().Match(text);
        if (h.Success && TryDate(HanYearValue(h.Groups["y"].Value), HanNumber(h.Groups["m"].Value), HanNumber(h.Groups["d"].Value), out date))
        {
            index = h.Index;
            return date;
        }

        return null;
    }

    /// <summary>True when the whole text is a date (a signature's date line).</summary>
    public static bool IsDateLine(string text, out DateOnly date)
    {
        date = default;
        var t = text.Trim();
        if (t.Length > 20)
        {
            return false;
        }

        var found = FindDate(t, out var index);
        if (found is null || index > 2)
        {
            return false;
        }

        date = found.Value;
        return true;
    }

    /// <summary>The first year (年) written in the text, with where it is.</summary>
    public static int? FindYear(string text, out int index)
    {
        var m = NumericYear().Match(text);
        var h = HanYear().Match(text);
        if (m.Success && (!h.Success || m.Index <= h.Index))
        {
            index = m.Index;
            return int.Parse(m.Groups["y"].ValueSpan, provider: null);
        }

        if (h.Success)
        {
            index = h.Index;
            return HanYearValue(h.Groups["y"].Value);
        }

        index = -1;
        return null;
    }

    private static bool TryDate(int y, int m, int d, out DateOnly date)
    {
        date = default;
        if (y is < 1990 or > 2100 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            return false;
        }

        date = new DateOnly(y, m, d);
        return true;
    }

    private static int HanYearValue(string digits)
    {
        var value = 0;
        foreach (var c in digits)
        {
            value = (value * 10) + HanDigit(c);
        }

        return value;
    }

    private static int HanDigit(char c) => c switch
    {
        '〇' or '零' or '○' or 'Ｏ' => 0,
        _ => "一二三四五六七八九".IndexOf(c, StringComparison.Ordinal) + 1,
    };

    private static int HanNumber(string text) => text.Length switch
    {
        1 when text[0] == '十' => 10,
        1 => HanDigit(text[0]),
        2 when text[0] == '十' => 10 + HanDigit(text[1]),
        2 when text[1] == '十' => HanDigit(text[0]) * 10,
        3 when text[1] == '十' => (HanDigit(text[0]) * 10) + HanDigit(text[2]),
        _ => 0,
    };
}
