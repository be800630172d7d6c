using ReportAudit.Core.Model;

namespace ReportAudit.Core.Validation.Rules;

/// <summary>
/// <c>balance.applications</c>: for every applicant column of section 三,
/// <c>new + carried_in = result.total + carried_out</c> (the table's own 勾稽关系 note).
/// </summary>
public sealed class ApplicationsBalanceRule : IReportRule
{
    private static readonly string[] Needed = ["new", "carried_in", "result.total", "carried_out"];

    private static int IndexOf(ApplicationsGrid grid, string key)
    {
        for (var r = 0; r < grid.Rows.Count; r++)
        {
            if (grid.Rows[r].Key == key)
            {
                return r;
            }
        }

        return -1;
    }

    public static RuleDescriptor Info { get; } = new(
        "balance.applications", Severity.Error,
        "第一项加第二项之和等于第三项加第四项之和", "new + carried-in equals results total + carried-out, per column",
        "第三部分表格的勾稽关系说明：第一项加第二项之和，等于第三项加第四项之和");

    public RuleDescriptor Descriptor => Info;

    public void Evaluate(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var report = context.Report;
        var missing = Needed.Where(r => !report.Applications.HasRow(r)).ToList();
        if (missing.Count > 0)
        {
            context.NotAssessable($"第三部分缺少 {string.Join("、", missing)} 行 section 三 lacks {string.Join(", ", missing)}");
            return;
        }

        if (TableValues.NotAssessableIfUncertain(context, report.Applications, Needed))
        {
            return;
        }

        var grid = context.ApplicationsGrid;
        var rows = Needed.Select(key => IndexOf(grid, key)).ToArray();
        for (var c = 0; c < ApplicationsGrid.Columns; c++)
        {
            // Fast path: all four cells given and balanced.
            if (rows.All(r => r >= 0) && grid.At(rows[0], c)?.Number is { } a && grid.At(rows[1], c)?.Number is { } b
                && grid.At(rows[2], c)?.Number is { } t && grid.At(rows[3], c)?.Number is { } o && a + b == t + o)
            {
                continue;
            }

            var column = TemplateCatalog.ApplicantColumns[c];
            var derived = new List<string>();
            var left = new Terms();
            TableValues.AddApplications(left, report, "new", column, derived);
            TableValues.AddApplications(left, report, "carried_in", column, derived);
            var right = new Terms();
            TableValues.AddApplications(right, report, "result.total", column, derived);
            TableValues.AddApplications(right, report, "carried_out", column, derived);
            if (left.Sum == right.Sum)
            {
                continue;
            }

            var blanks = left.Blanks.Concat(right.Blanks).ToList();
            var derivedZh = derived.Count == 0 ? string.Empty : $"（空白总计按分项计：{string.Join("、", derived)}）";
            var derivedEn = derived.Count == 0 ? string.Empty : $" (blank totals taken from their parts: {string.Join(", ", derived)})";
            var diff = left.Sum - right.Sum;
            context.Add(new Finding(Info.Id, Info.Severity,
                $"“{Labels.Column(column)}”列：第一项+第二项 = {left}，第三项+第四项 = {right}，差 {Terms.N(Math.Abs(diff))}{Terms.BlankNoteZh(blanks)}{derivedZh}",
                $"column {column}: new + carried_in = {left}, result.total + carried_out = {right}, difference {Terms.N(Math.Abs(diff))}{Terms.BlankNoteEn(blanks)}{derivedEn}",
                3, Row: null, Column: column,
                Expected: Terms.N(left.Sum), Actual: Terms.N(right.Sum),
                Cells: [.. left.Locations, .. right.Locations]));
        }
    }
}
