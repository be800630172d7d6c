namespace ReportAudit.Core.Notices;

/// <summary>
/// A 整改通知 to one body: its reports of one year with the confirmed findings (usually one report; a body that
/// published corrected versions has several). Findings that were dismissed or not yet reviewed are never in it.
/// </summary>
public sealed record RectificationNotice(string Body, string Region, int? Year, IReadOnlyList<NoticeReport> Reports)
{
    public int FindingCount => Reports.Sum(r => r.Confirmed.Count);

    /// <summary>A file name for the document: the body, the year and 整改通知, without characters file systems refuse.</summary>
    public string FileName
    {
        get
        {
            var name = $"{Body}-{Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "年度不明"}-整改通知";
            var invalid = "\\/:*?\"<>|\0".ToCharArray();
            return new string(name.Select(c => invalid.Contains(c) || char.IsControl(c) ? '_' : c).ToArray()) + ".docx";
        }
    }
}
