using ReportAudit.Core.Model;

namespace ReportAudit.Core.Validation.Rules;

/// <summary><c>sum.applications-result-total</c>: in every column of section 三, （七）总计 equals the sum of all 办理结果 rows.</summary>
public sealed class ApplicationsResultTotalRule : IReportRule
{
    public static RuleDescriptor Info { get; } = new(
        "sum.applications-result-total", Severity.Error,
        "办理结果总计等于各项办理结果之和", "The results total equals the sum of all result rows, per column",
        "第三部分表格：（七）总计 = （一）至（六）各项之和");

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
        for (var c = 0; c < ApplicationsGrid.Columns; c++)
        {
            if (grid.ResultTotalIndex < 0 || grid.At(grid.ResultTotalIndex, c) is not { Number: { } total } totalCell || grid.SumOfResults(c) == total)
            {
                continue;
            }

            var column = TemplateCatalog.ApplicantColumns[c];

            var parts = new Terms();
            foreach (var row in results)
            {
                parts.Add(table[row, column], Labels.ApplicationCellKey(row, column));
            }

            if (parts.Sum == total)
            {
                continue;
            }

            // Name the non-zero results, so the message stays short: 予以公开 1 + 不掌握 3 = 4.
            var named = results.Where(r => table[r, column]?.Number is { } n && n != 0)
                .Select(r => $"{r} {Terms.N(table[r, column]!.Number!.Value)}").ToList();
            var shown = named.Count == 0 ? "0" : string.Join(" + ", named);
            context.Add(new Finding(Info.Id, Info.Severity,
                $"“{Labels.Column(column)}”列：各项办理结果之和 = {shown} = {Terms.N(parts.Sum)}，（七）总计为 {Terms.N(total)}，差 {Terms.N(Math.Abs(parts.Sum - total))}{Terms.BlankNoteZh(parts.Blanks)}",
                $"column {column}: the result rows add up to {shown} = {Terms.N(parts.Sum)}, result.total says {Terms.N(total)}, difference {Terms.N(Math.Abs(parts.Sum - total))}{Terms.BlankNoteEn(parts.Blanks)}",
                3, "result.total", column,
                Expected: Terms.N(parts.Sum), Actual: Terms.N(total),
                Cells: [.. parts.Locations, .. totalCell.Location.IsKnown ? [totalCell.Location] : Array.Empty<SourceLocation>()]));
        }
    }
}
