using ReportAudit.Core.Model;

namespace ReportAudit.Core.Validation.Rules;

/// <summary><c>sum.applications-result-total</c>: in every column of section 三, （七）总计 equals the sum of all 办理结果 rows.</summary>
public sealed class ApplicationsResultTotalRule : IReportRule
{
    public static RuleDescriptor Info { get; } = new(
        "sum.applications-result-total", Severity.Error,
        "办理结果总计等于各项办理结果之和", "The results total equals the sum of all result rows, per column",
        "第三部分表格：（七）总计 = （一）至（六）各项之和",
        "错误：一列的（七）总计和各项办理结果都有填报的数字而不相等；（七）总计空白或各项办理结果全空白的列（如整栏空白的“总计”列）不核算，只在结果中说明（见 structure.blank-total）；不相符而偏小的一边有空白格（差额可能就在空白格中）时，合为一条警告。 error: a column whose （七）总计 and result rows are both stated and differ; a column with a blank （七）总计 or all result rows blank (a blank 总计 column) is not assessed, only noted in the outcome (see structure.blank-total); where the side that falls short has blank cells (which might hold the difference), one warning for all such places.");

    public RuleDescriptor Descriptor => Info;

    public void Evaluate(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var report = context.Report;
        var table = report.Applications;
        if (!table.HasRow("result.total"))
        {
            context.NotAssessable("第三部分缺少（七）总计行 section 三 lacks result.total");
            return;
        }

        var results = Labels.ResultRows(report);
        if (TableValues.NotAssessableIfUncertain(context, table, [.. results, "result.total"]))
        {
            return;
        }

        var grid = context.ApplicationsGrid;
        var blankTotal = new List<string>();
        var blankResults = new List<string>();
        var assessed = 0;
        var shortfalls = new Shortfalls();
        for (var c = 0; c < ApplicationsGrid.Columns; c++)
        {
            var column = TemplateCatalog.ApplicantColumns[c];
            if (grid.ResultTotalIndex < 0 || grid.At(grid.ResultTotalIndex, c) is not { IsBlank: false, Number: { } total } totalCell)
            {
                blankTotal.Add(Labels.Column(column)); // structure.blank-total's to report.
                continue;
            }

            if (!TableValues.AnyResultGiven(report, column))
            {
                // Every result row of this column is blank (a blank 总计 column, or a blank applicant column): the
                // report states no figure to compare with （七）总计. structure.blank-total names the column once.
                blankResults.Add(Labels.Column(column));
                continue;
            }

            assessed++;
            if (grid.SumOfResults(c) == total)
            {
                continue;
            }

            var parts = new Terms();
            foreach (var row in results)
            {
                parts.Add(table[row, column], Labels.ApplicationCell(row, column));
            }

            if (parts.Sum == total)
            {
                continue;
            }

            // Name the non-zero results, so the message stays short: （一）予以公开 1 + （四）无法提供 1.本机关不掌握相关政府信息 3 = 4.
            var named = results.Where(r => table[r, column]?.Number is { } n && n != 0)
                .Select(r => $"{Labels.Row(r)} {Terms.N(table[r, column]!.Number!.Value)}").ToList();
            var shown = named.Count == 0 ? "0" : string.Join(" + ", named);
            var label = Labels.Column(column);
            if (Shortfalls.BlanksCouldExplain(parts, new Terms().AddValue(total)))
            {
                shortfalls.Add(
                    $"“{label}”列：各项办理结果之和 = {shown} = {Terms.N(parts.Sum)}，（七）总计为 {Terms.N(total)}{Terms.BlankNoteZh(parts.Blanks)}",
                    $"column “{label}”: the result rows add up to {shown} = {Terms.N(parts.Sum)}, （七）总计 says {Terms.N(total)}{Terms.BlankNoteEn(parts.Blanks)}",
                    "result.total", column, parts.Sum, total, [.. parts.Locations, .. totalCell.Location.IsKnown ? [totalCell.Location] : Array.Empty<SourceLocation>()]);
                continue;
            }

            context.Add(new Finding(Info.Id, Info.Severity,
                $"“{label}”列：各项办理结果之和 = {shown} = {Terms.N(parts.Sum)}，（七）总计为 {Terms.N(total)}，差 {Terms.N(Math.Abs(parts.Sum - total))}{Terms.BlankNoteZh(parts.Blanks)}",
                $"column “{label}”: the result rows add up to {shown} = {Terms.N(parts.Sum)}, （七）总计 says {Terms.N(total)}, difference {Terms.N(Math.Abs(parts.Sum - total))}{Terms.BlankNoteEn(parts.Blanks)}",
                3, "result.total", column,
                Expected: Terms.N(parts.Sum), Actual: Terms.N(total),
                Cells: [.. parts.Locations, .. totalCell.Location.IsKnown ? [totalCell.Location] : Array.Empty<SourceLocation>()]));
        }

        shortfalls.Report(context, Info, 3);
        if (blankTotal.Count > 0)
        {
            var names = string.Join("、", blankTotal.Select(n => $"“{n}”"));
            context.NotAssessableAt($"{names}列（（七）总计空白）", $"column(s) {names} (（七）总计 blank)");
        }

        if (blankResults.Count > 0)
        {
            var names = string.Join("、", blankResults.Select(n => $"“{n}”"));
            context.NotAssessableAt($"{names}列（各项办理结果均为空白）", $"column(s) {names} (every result row blank)");
        }

        if (assessed == 0)
        {
            context.NotAssessable(context.SkippedReason() ?? "没有可比较的列 no column to compare");
        }
    }
}
