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
        "第三部分表格的勾稽关系说明：第一项加第二项之和，等于第三项加第四项之和",
        "错误：同一列中，等式两边都有填报的数字而不相等（第一项+第二项 ≠ 第三项+第四项）；空白不是填报的数字：一边全空白的列不核算，“总计”列有空白时由六类申请人各列分别核算，都只在结果中说明（见 structure.blank-total）；不相符而偏小的一边有空白格（差额可能就在空白格中）时，合为一条警告。 error: in one column both sides of the equation hold stated figures and they differ; a blank is not a stated figure: a column with one side all blank is not assessed, and the 总计 column with blanks is left to the six applicant columns, both only noted in the outcome (see structure.blank-total); where the side that falls short has blank cells (which might hold the difference), one warning for all such places.");

    public RuleDescriptor Descriptor => Info;

    public void Evaluate(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var report = context.Report;
        var missing = Needed.Where(r => !report.Applications.HasRow(r)).ToList();
        if (missing.Count > 0)
        {
            var names = Labels.Rows(3, missing);
            context.NotAssessable($"第三部分缺少 {names} section 三 lacks {names}");
            return;
        }

        if (TableValues.NotAssessableIfUncertain(context, report.Applications, Needed))
        {
            return;
        }

        var grid = context.ApplicationsGrid;
        var rows = Needed.Select(key => IndexOf(grid, key)).ToArray();
        var table = report.Applications;
        var assessed = 0;
        var oneSideBlank = new List<string>();
        var shortfalls = new Shortfalls();
        for (var c = 0; c < ApplicationsGrid.Columns; c++)
        {
            // Fast path: all four cells given and balanced.
            if (rows.All(r => r >= 0) && grid.At(rows[0], c)?.Number is { } a && grid.At(rows[1], c)?.Number is { } b
                && grid.At(rows[2], c)?.Number is { } t && grid.At(rows[3], c)?.Number is { } o && a + b == t + o)
            {
                assessed++;
                continue;
            }

            var column = TemplateCatalog.ApplicantColumns[c];
            if (column == "total" && Needed.Any(r => !TableValues.Given(table[r, column])))
            {
                // The 总计 column's balance is the sum of the six columns' balances: with its cells blank it states nothing
                // the part columns do not already check, and a figure made up from blanks must not make an error.
                context.NotAssessableAt("“总计”列（有总计栏空白，六类申请人各列已分别核算）", "the 总计 column (blank totals; each applicant column is checked on its own)");
                continue;
            }

            var leftGiven = TableValues.Given(table["new", column]) || TableValues.Given(table["carried_in", column]);
            var rightGiven = TableValues.Given(table["result.total", column]) || TableValues.AnyResultGiven(report, column) || TableValues.Given(table["carried_out", column]);
            if (!leftGiven || !rightGiven)
            {
                oneSideBlank.Add(Labels.Column(column));
                continue;
            }

            assessed++;
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
            var label = Labels.Column(column);
            if (Shortfalls.BlanksCouldExplain(left, right))
            {
                shortfalls.Add(
                    $"“{label}”列：第一项+第二项 = {left}，第三项+第四项 = {right}{Terms.BlankNoteZh(blanks)}{derivedZh}",
                    $"column “{label}”: 一 new + 二 carried in = {left}, 三 results total + 四 carried over = {right}{Terms.BlankNoteEn(blanks)}{derivedEn}",
                    null, column, left.Sum, right.Sum, [.. left.Locations, .. right.Locations]);
                continue;
            }

            context.Add(new Finding(Info.Id, Info.Severity,
                $"“{label}”列：第一项+第二项 = {left}，第三项+第四项 = {right}，差 {Terms.N(Math.Abs(diff))}{Terms.BlankNoteZh(blanks)}{derivedZh}",
                $"column “{label}”: 一 new + 二 carried in = {left}, 三 results total + 四 carried over = {right}, difference {Terms.N(Math.Abs(diff))}{Terms.BlankNoteEn(blanks)}{derivedEn}",
                3, Row: null, Column: column,
                Expected: Terms.N(left.Sum), Actual: Terms.N(right.Sum),
                Cells: [.. left.Locations, .. right.Locations]));
        }

        shortfalls.Report(context, Info, 3);
        if (oneSideBlank.Count > 0)
        {
            var names = string.Join("、", oneSideBlank.Select(n => $"“{n}”"));
            context.NotAssessableAt($"{names}列（等式一边的各项均为空白）", $"column(s) {names} (every term on one side is blank)");
        }

        if (assessed == 0)
        {
            context.NotAssessable(context.SkippedReason() ?? "没有可比较的列 no column to compare");
        }
    }
}
