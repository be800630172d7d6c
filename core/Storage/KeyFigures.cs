using ReportAudit.Core.Model;

namespace ReportAudit.Core.Storage;

/// <summary>
/// The totals researchers sum over a selection: the applications table's total column per row, and
/// section 四's cells. Kept with each stored report so summaries never reopen the parsed model.
/// </summary>
public sealed record KeyFigures(IReadOnlyDictionary<string, long> Applications, IReadOnlyDictionary<string, long> ReviewLitigation)
{
    public static KeyFigures Empty { get; } = new(new Dictionary<string, long>(), new Dictionary<string, long>());

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

        return new KeyFigures(applications, review);
    }

    public long Application(string row) => Applications.TryGetValue(row, out var v) ? v : 0;
}
