using ReportAudit.Core.Model;

namespace ReportAudit.Core.Storage;

/// <summary>
/// The totals researchers sum over a selection: the applications table's total column per row, and
/// section 四's cells; and section 二's money amounts with their unit and value in 元. Kept with each stored
/// report so summaries never reopen the parsed model.
/// </summary>
public sealed record KeyFigures(IReadOnlyDictionary<string, long> Applications, IReadOnlyDictionary<string, long> ReviewLitigation)
{
    public static KeyFigures Empty { get; } = new(new Dictionary<string, long>(), new Dictionary<string, long>());

    /// <summary>
    /// Section 二's amounts by <c>row.column</c> (<c>procurement.amount</c>, <c>fees.amount</c>): value, unit, raw text
    /// and 元. Empty for reports stored before amounts were kept.
    /// </summary>
    public IReadOnlyDictionary<string, Amount> Amounts { get; init; } = new Dictionary<string, Amount>();

    public static KeyFigures From(AnnualReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var applications = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var row in report.Applications.RowKeys)
        {
            // Total column when given; otherwise the sum of the applicant columns (blank counts as 0).
            var total = report.Applications[row, "total"]?.Number
                ?? TemplateCatalog.ApplicantParts.Sum(c => report.Applications[row, c]?.Number ?? 0m);
            applications[row] = (long)total;
        }

        var review = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (group, cell, value) in report.ReviewLitigation.Cells())
        {
            review[group + "." + cell] = (long)(value.Number ?? 0m);
        }

        var amounts = new Dictionary<string, Amount>(StringComparer.Ordinal);
        foreach (var (row, column, cell) in report.ActiveDisclosure.Cells())
        {
            if (cell.Amount is { } amount)
            {
                amounts[row + "." + column] = amount;
            }
        }

        return new KeyFigures(applications, review) { Amounts = amounts };
    }

    public long Application(string row) => Applications.TryGetValue(row, out var v) ? v : 0;

    /// <summary>The amount of a section 二 cell (<c>procurement.amount</c>), or null when the report gives none.</summary>
    public Amount? AmountOf(string key) => Amounts.TryGetValue(key, out var a) ? a : null;
}
