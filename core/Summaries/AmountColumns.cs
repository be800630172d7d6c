using System.Globalization;
using ReportAudit.Core.Model;
using ReportAudit.Core.Storage;

namespace ReportAudit.Core.Summaries;

/// <summary>
/// The report export's money columns: for 采购总金额 (2019 template) and 本年收费金额 (2021 template) the amount as
/// stated with its unit (<c>8.74万元</c>), the unit, and the value in 元 for sums across reports. An unknown unit
/// leaves the unit and 元 columns empty rather than guessing one.
/// </summary>
public static class AmountColumns
{
    /// <summary>The amounts exported, by <c>row.column</c>, with their column labels as printed in the templates.</summary>
    public static readonly IReadOnlyList<(string Key, string Label, string LabelEn)> Exported =
    [
        ("procurement.amount", "采购总金额", "procurement amount"),
        ("fees.amount", "本年收费金额", "fees amount"),
    ];

    public static IEnumerable<string> Header() => Exported.SelectMany(a => new[]
    {
        $"{a.Label} {a.LabelEn}",
        $"{a.Label}单位 {a.LabelEn} unit",
        $"{a.Label}折合元 {a.LabelEn} in 元",
    });

    public static IEnumerable<string?> Cells(KeyFigures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        foreach (var (key, _, _) in Exported)
        {
            var amount = figures.AmountOf(key);
            yield return amount?.ToString();
            yield return amount?.Unit;
            yield return amount?.Yuan?.ToString(CultureInfo.InvariantCulture);
        }
    }
}
