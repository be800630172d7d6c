using ReportAudit.Core.Model;

namespace ReportAudit.Core.Validation.Rules;

/// <summary><c>sum.applications-row-total</c>: in every row of section 三, 总计 equals the sum of the six applicant columns.</summary>
public sealed class ApplicationsRowTotalRule : IReportRule
{
    public static RuleDescriptor Info { get; } = new(
        "sum.applications-row-total", Severity.Error,
        "每行的总计等于六类申请人之和", "Each row's total equals the sum of the six applicant columns",
        "第三部分表格：总计 = 自然人 + 法人或其他组织（五类）");

    public RuleDescriptor Descriptor => Info;

    public void Evaluate(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var table = context.Report.Applications;
        if (table.IsEmpty)
        {
            context.NotAssessable("第三部分没有读到统计表 no section 三 table read");
            return;
        }

        var grid = context.ApplicationsGrid;
        for (var r = 0; r < grid.Rows.Count; r++)
        {
            // A blank total is structure.blank-total's to report; an absent one, structure.rows'.
            if (!grid.Present[r] || grid.At(r, ApplicationsGrid.TotalColumn) is not { Number: { } total } totalCell || grid.SumOfParts(r) == total)
            {
                continue;
            }

            var row = grid.Rows[r].Key;
            if (table.IsUncertain(row))
            {
                continue;
            }

            var parts = new Terms();
            foreach (var part in TemplateCatalog.ApplicantParts)
            {
                parts.Add(table[row, part], Labels.ApplicationCellKey(row, part));
            }

            if (parts.Sum == total)
            {
                continue;
            }

            context.Add(new Finding(Info.Id, Info.Severity,
                $"“{Labels.Row(row)}”一行：六类申请人之和 = {parts}，总计栏为 {Terms.N(total)}，差 {Terms.N(Math.Abs(parts.Sum - total))}{Terms.BlankNoteZh(parts.Blanks)}",
                $"row {row}: the six applicant columns add up to {parts}, the total column says {Terms.N(total)}, difference {Terms.N(Math.Abs(parts.Sum - total))}{Terms.BlankNoteEn(parts.Blanks)}",
                3, row, "total",
                Expected: Terms.N(parts.Sum), Actual: Terms.N(total),
                Cells: [.. parts.Locations, .. totalCell.Location.IsKnown ? [totalCell.Location] : Array.Empty<SourceLocation>()]));
        }
    }
}
