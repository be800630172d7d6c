using System.Text;

namespace ReportAudit.IntegrationTests;

/// <summary>
/// Reports of one body across years and versions, made from sample 002 (天津市静海区人民政府办公室, 2019, 2019 template:
/// 上年结转 0, 结转下年度 1 in the 自然人 and 总计 columns) the way a body's CMS produces its next report: the same
/// page with the years and figures changed.
/// </summary>
internal static class CrossYearFixtures
{
    public const string Body = "天津市静海区人民政府办公室";

    public static async Task<string> Sample002Async() => await File.ReadAllTextAsync(StorageTestEnvironment.Sample("002"));

    /// <summary>The same body's report for another year: every "2019" of the text becomes that year.</summary>
    public static string ForYear(string text, int year) => text.Replace("2019", year.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

    /// <summary>The body written another way (the heading line only; the rest of the text does not name it).</summary>
    public static string WrittenAs(string text, string body) => text.Replace(Body, body, StringComparison.Ordinal);

    /// <summary>本年新收 自然人 5 → 9 and its 总计 5 → 9: a corrected figure, the table still balancing except for the results.</summary>
    public static string NewApplicationsChanged(string text) => text.Replace(
        "一、本年新收政府信息公开申请数量 | 5 | 0 | 0 | 0 | 0 | 0 | 5",
        "一、本年新收政府信息公开申请数量 | 9 | 0 | 0 | 0 | 0 | 0 | 9",
        StringComparison.Ordinal);

    public static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);
}
