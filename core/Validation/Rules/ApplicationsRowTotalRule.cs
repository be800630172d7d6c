using ReportAudit.Core.Model;

namespace ReportAudit.Core.Validation.Rules;

/// <summary><c>sum.applications-row-total</c>: in every row of section 三, 总计 equals the sum of the six applicant columns.</summary>
public sealed class ApplicationsRowTotalRule : IReportRule
{
    public static RuleDescriptor Info { get; } = new(
        "sum.applications-row-total", Severity.Error,
        "每行的总计等于六类申请人之和", "Each row's total equals the sum of the six applicant columns",
        "第三部分表格：总计 = 自然人 + 法人或其他组织（五类）",
        "错误：一行的总计栏和六类申请人栏都有填报的数字而不相等；总计栏空白或六类申请人栏全空白的行不核算，只在结果中说明（见 structure.blank-total）；不相符而偏小的一边有空白格（差额可能就在空白格中）时，合为一条警告。 error: a row whose total and applicant columns are both stated and differ; a row with a blank total or all applicant columns blank is not assessed, only noted in the outcome (see structure.blank-total); where the side that falls short has blank cells (which might hold the difference), one warning for all such places.");

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
        var blankTotal = new List<string>();
        var blankParts = new List<string>();
        var assessed = 0;
        var shortfalls = new Shortfalls();
        for (var r = 0; r < grid.Rows.Count; r++)
        {
            if (!grid.Present[r])
            {
                continue; // an absent row is structure.rows'.
            }

            var row = grid.Rows[r].Key;
            if (table.IsUncertain(row))
            {
                continue; // placed with no confidence: not assessable (the parser's notice names the row).
            }

            if (grid.At(r, ApplicationsGrid.TotalColumn) is not { IsBlank: false, Number: { } total } totalCell)
            {
                blankTotal.Add(row); // a blank total is structure.blank-total's to report, never an error.
                continue;
            }

            if (!TableValues.AnyPartGiven(table, row))
            {
                blankParts.Add(row);
                continue;
            }

            assessed++;
            if (grid.SumOfParts(r) == total)
            {
                continue;
            }

            var parts = new Terms();
            foreach (var part in TemplateCatalog.ApplicantParts)
            {
                parts.Add(table[row, part], Labels.ApplicationCell(row, part));
            }

            if (parts.Sum == total)
            {
                continue;
            }

            var label = Labels.Row(row);
            if (Shortfalls.BlanksCouldExplain(parts, new Terms().AddValue(total)))
            {
                shortfalls.Add(
                    $"“{label}”一行：六类申请人之和 = {parts}，总计栏为 {Terms.N(total)}{Terms.BlankNoteZh(parts.Blanks)}",
                    $"row “{label}”: the six applicant columns add up to {parts}, the 总计 column says {Terms.N(total)}{Terms.BlankNoteEn(parts.Blanks)}",
                    row, "total", parts.Sum, total, [.. parts.Locations, .. totalCell.Location.IsKnown ? [totalCell.Location] : Array.Empty<SourceLocation>()]);
                continue;
            }

            context.Add(new Finding(Info.Id, Info.Severity,
                $"“{label}”一行：六类申请人之和 = {parts}，总计栏为 {Terms.N(total)}，差 {Terms.N(Math.Abs(parts.Sum - total))}{Terms.BlankNoteZh(parts.Blanks)}",
                $"row “{label}”: the six applicant columns add up to {parts}, the 总计 column says {Terms.N(total)}, difference {Terms.N(Math.Abs(parts.Sum - total))}{Terms.BlankNoteEn(parts.Blanks)}",
                3, row, "total",
                Expected: Terms.N(parts.Sum), Actual: Terms.N(total),
                Cells: [.. parts.Locations, .. totalCell.Location.IsKnown ? [totalCell.Location] : Array.Empty<SourceLocation>()]));
        }

        shortfalls.Report(context, Info, 3);
        if (blankTotal.Count > 0)
        {
            var names = Labels.Rows(3, blankTotal);
            context.NotAssessableAt($"总计栏空白的行：{names}", $"rows whose 总计 is blank: {names}");
        }

        if (blankParts.Count > 0)
        {
            var names = Labels.Rows(3, blankParts);
            context.NotAssessableAt($"六类申请人栏均为空白的行：{names}", $"rows whose six applicant columns are all blank: {names}");
        }

        if (assessed == 0)
        {
            context.NotAssessable(context.SkippedReason() ?? "没有可比较的行 no row to compare");
        }
    }
}
