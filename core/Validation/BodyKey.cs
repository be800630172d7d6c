using System.Text;
using System.Text.RegularExpressions;
using ReportAudit.Core.Parsing.Normalization;

namespace ReportAudit.Core.Validation;

/// <summary>
/// The identity of an issuing body across its reports. <see cref="Of"/> normalises the written name:
/// simplified characters, half-width, no spaces, no punctuation, no pinyin marks, so that
/// 石家莊市人民政府辦公室 and 石家庄市 人民政府办公室 are one body. Two further rules link forms the
/// normalisation cannot (see docs/storage.md, "Body identity"):
/// <list type="bullet">
/// <item><see cref="ForReport"/>: an office (办公室, 办公厅) is a body of its own, except when the report's
/// title names its government (not the office): the report is then the government's.</item>
/// <item><see cref="ShortForm"/> and <see cref="SameBodyWritten"/>: a name with and without its city
/// (province, county) prefix, 石家庄市长安区人民政府 and 长安区人民政府. Many districts share a name
/// (朝阳区, 鼓楼区, 桥西区), so ingestion links the two only within one region and only when one
/// prefixed form fits (storage keeps the forms seen).</item>
/// </list>
/// </summary>
public static partial class BodyKey
{
    private static readonly string[] Offices = ["办公室", "办公厅"];

    public static string Of(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return string.Empty;
        }

        var normalized = ChineseText.Normalize(body);
        var sb = new StringBuilder(normalized.Length);
        foreach (var c in normalized)
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// The key of the body a report is about: <see cref="Of"/> the body, except that a government's office
    /// (某某区人民政府办公室) whose report's title names the government itself (某某区人民政府2022年…,
    /// 某某区政府2022年…) reports for the government (某某区人民政府). A title that names the office, or no
    /// title, keeps the office: an office's own report is a department's report.
    /// </summary>
    public static string ForReport(string? body, string? title)
    {
        var key = Of(body);
        var office = Offices.FirstOrDefault(o => key.EndsWith(o, StringComparison.Ordinal) && key.Length > o.Length);
        if (office is null)
        {
            return key;
        }

        var government = key[..^office.Length];
        if (!government.EndsWith("政府", StringComparison.Ordinal))
        {
            return key;
        }

        var titleKey = Of(title);
        var shortGovernment = government.EndsWith("人民政府", StringComparison.Ordinal) ? government[..^4] + "政府" : government;
        return NamesItself(titleKey, government) || NamesItself(titleKey, shortGovernment) ? government : key;
    }

    /// <summary>
    /// The name without the divisions it is prefixed with: 河北省石家庄市长安区人民政府 → 长安区人民政府,
    /// 天津市静海区人民政府办公室 → 静海区人民政府办公室. A leading division (省, 自治区, 市, 自治州, 地区, 盟,
    /// 区, 县, 旗) is dropped only when what follows starts with another named division (a name of at least
    /// two characters and 市, 区, 县, 旗, 镇, 街道, or 乡 before 人民政府): 石家庄市市场监督管理局 and
    /// 石家庄市人民政府办公室 stay as they are, for without the city they would name no one.
    /// </summary>
    public static string ShortForm(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var rest = key;
        while (LeadingDivision().Match(rest) is { Success: true } division)
        {
            var after = rest[division.Length..];
            if (!NamedDivision().IsMatch(after))
            {
                break;
            }

            rest = after;
        }

        return rest;
    }

    /// <summary>True when two keys are one body written with and without a prefix (one ends with the other, and they share a short form).</summary>
    public static bool SameBodyWritten(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Length == 0 || b.Length == 0)
        {
            return false;
        }

        return a == b
            || ((a.EndsWith(b, StringComparison.Ordinal) || b.EndsWith(a, StringComparison.Ordinal)) && ShortForm(a) == ShortForm(b));
    }

    /// <summary>The title names <paramref name="name"/> itself: somewhere not followed by 办公室 or 办公厅.</summary>
    private static bool NamesItself(string title, string name)
    {
        for (var i = title.IndexOf(name, StringComparison.Ordinal); i >= 0; i = title.IndexOf(name, i + 1, StringComparison.Ordinal))
        {
            var end = i + name.Length;
            if (!Offices.Any(o => string.CompareOrdinal(title, end, o, 0, o.Length) == 0))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"^[\p{IsCJKUnifiedIdeographs}-[省市区县旗盟镇乡]]{2,7}?(?:自治区|自治州|自治县|自治旗|省|市|地区|盟|区|县|旗)")]
    private static partial Regex LeadingDivision();

    [GeneratedRegex(@"^[\p{IsCJKUnifiedIdeographs}-[省市区县旗盟镇乡]]{2,7}?(?:自治县|自治旗|市|区|县|旗|镇|街道|乡(?=人民政府|政府)).{2,}")]
    private static partial Regex NamedDivision();
}
