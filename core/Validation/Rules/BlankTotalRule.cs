using ReportAudit.Core.Model;

namespace ReportAudit.Core.Validation.Rules;

/// <summary>
/// <c>structure.blank-total</c>: one side of a template sum left blank while the other side has figures — a 总计 left
/// blank although its parts are not all zero, or parts left blank under a non-zero 总计. Blanks are not stated figures,
/// so the arithmetic rules do not assess such a sum; this rule names the blank once per column or row group, with the
/// figure the other side gives. Always a warning, never an error: nothing stated contradicts anything.
/// </summary>
public sealed class BlankTotalRule : IReportRule
{
    /// <summary>Section 三's row groups, as the template numbers them: 一 new, 二 carried in, 三 results, 四 carried over.</summary>
    private static readonly (string Name, Func<string, bool> Holds)[] Groups =
    [
        ("一、本年新收政府信息公开申请数量", r => r == "new"),
        ("二、上年结转政府信息公开申请数量", r => r == "carried_in"),
        ("三、本年度办理结果", r => r.StartsWith("result.", StringComparison.Ordinal)),
        ("四、结转下年度继续办理", r => r == "carried_out"),
    ];

    public static RuleDescriptor Info { get; } = new(
        "structure.blank-total", Severity.Warning,
        "总计栏空白而分项有数，或分项空白而总计有数", "A blank total whose parts have figures, or blank parts under a non-zero total",
        "《中华人民共和国政府信息公开工作年度报告格式》：总计栏",
        "警告：一方空白、另一方有数，报告少填了一栏，需要人看；空白不是填报的数字，所以从不作为错误（核算规则对这一列或这一组不作核算，并在结果中说明）。 "
        + "warning: one side of a sum is blank while the other has figures, so the report left something out and a person should look; a blank is not a stated figure, so this is never an error (the arithmetic rules skip that column or group and say so in their outcome).");

    public RuleDescriptor Descriptor => Info;

    public void Evaluate(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var report = context.Report;
        if (report.Applications.IsEmpty && report.ReviewLitigation.IsEmpty)
        {
            context.NotAssessable("第三、四部分没有读到统计表 no section 三 or 四 table read");
            return;
        }

        if (!report.Applications.IsEmpty)
        {
            BlankTotalColumn(context);
            BlankResultTotals(context);
            BlankPartsOfRows(context);
            BlankResultColumns(context);
        }

        foreach (var group in TemplateCatalog.ReviewGroups)
        {
            BlankReviewGroup(context, group);
        }
    }

    /// <summary>Section 三 rows whose 总计 is blank and whose six applicant columns add up to more than 0: one warning per row group, or one for the whole column.</summary>
    private static void BlankTotalColumn(RuleContext context)
    {
        var report = context.Report;
        var table = report.Applications;
        var present = table.RowKeys.ToList();
        var blank = present.Where(r => table[r, "total"] is { IsBlank: true }).ToList();
        if (blank.Count == 0)
        {
            return;
        }

        var sums = blank.ToDictionary(r => r, r => PartsOf(table, r), StringComparer.Ordinal);
        if (blank.Count == present.Count)
        {
            // The whole column is blank: name it once, with what each row group's parts give.
            var figures = Groups.Select(g => (g.Name, Rows: blank.Where(g.Holds).ToList()))
                .Where(g => g.Rows.Count > 0)
                .Select(g => (g.Name, Sum: GroupFigure(g.Rows, sums)))
                .ToList();
            if (figures.All(f => f.Sum == 0))
            {
                return;
            }

            var shown = string.Join("，", figures.Select(f => $"{f.Name} {Terms.N(f.Sum)}"));
            context.Add(new Finding(Info.Id, Info.Severity,
                $"总计栏空白（第三部分“总计”列 {blank.Count} 行全部空白）：按六类申请人之和，{shown}",
                $"the 总计 column is blank (all {blank.Count} rows of section 三): from the six applicant columns, {shown}",
                3, Row: null, Column: "total",
                Expected: Terms.N(figures.FirstOrDefault(f => f.Name.StartsWith('三')).Sum), Actual: "(空白 blank)",
                Cells: Locations(table, blank, "total")));
            return;
        }

        foreach (var (name, holds) in Groups)
        {
            var rows = blank.Where(holds).ToList();
            if (rows.Count == 0 || rows.All(r => sums[r].Sum == 0))
            {
                continue;
            }

            var isResults = name.StartsWith('三');
            var figure = isResults ? ResultsFigure(report, sums) : sums[rows[0]].Sum;
            var (zh, en) = isResults
                ? ($"总计栏空白（{Labels.Rows(3, rows)}）：各项办理结果之和为 {Terms.N(figure)}",
                   $"总计 blank ({Labels.Rows(3, rows)}): the results add up to {Terms.N(figure)}")
                : ($"总计栏空白（{name}）：六类申请人之和为 {sums[rows[0]]}",
                   $"总计 blank ({name}): the six applicant columns add up to {sums[rows[0]]}");
            context.Add(new Finding(Info.Id, Info.Severity, zh, en,
                3, rows.Count == 1 ? rows[0] : null, "total",
                Expected: Terms.N(figure), Actual: "(空白 blank)",
                Cells: [.. Locations(table, rows, "total"), .. rows.Count == 1 ? sums[rows[0]].Locations : []]));
        }
    }

    /// <summary>（七）总计 cells of the applicant columns left blank while that column's results add up to more than 0: one warning for the row.</summary>
    private static void BlankResultTotals(RuleContext context)
    {
        var report = context.Report;
        var table = report.Applications;
        if (!table.HasRow("result.total") || table.RowKeys.All(r => table[r, "total"] is { IsBlank: true }))
        {
            return; // no row, or the whole 总计 column is blank: BlankTotalColumn names it.
        }

        var blank = new List<(string Column, Terms Parts)>();
        foreach (var column in TemplateCatalog.ApplicantParts)
        {
            if (table["result.total", column] is not { IsBlank: true })
            {
                continue;
            }

            var parts = new Terms();
            foreach (var result in Labels.ResultRows(report.Template))
            {
                parts.Add(table[result, column], Labels.ApplicationCell(result, column));
            }

            if (parts.Sum != 0)
            {
                blank.Add((column, parts));
            }
        }

        if (blank.Count == 0)
        {
            return;
        }

        var columns = string.Join("、", blank.Select(b => $"“{Labels.Column(b.Column)}”"));
        var figures = string.Join("、", blank.Select(b => Terms.N(b.Parts.Sum)));
        context.Add(new Finding(Info.Id, Info.Severity,
            $"（七）总计一行的{columns}栏空白：各项办理结果之和{(blank.Count > 1 ? "分别" : string.Empty)}为 {figures}",
            $"（七）总计 is blank in {columns}: the results add up to {figures}",
            3, "result.total", blank.Count == 1 ? blank[0].Column : null,
            Expected: figures, Actual: "(空白 blank)",
            Cells: Locations(table, ["result.total"], blank.Select(b => b.Column))));
    }

    /// <summary>Section 三 rows with a non-zero 总计 whose six applicant columns are all blank: one warning listing them.</summary>
    private static void BlankPartsOfRows(RuleContext context)
    {
        var table = context.Report.Applications;
        var rows = table.RowKeys
            .Where(r => table[r, "total"] is { IsBlank: false, Number: { } n } && n != 0 && !TableValues.AnyPartGiven(table, r))
            .ToList();
        if (rows.Count == 0)
        {
            return;
        }

        var figures = string.Join("、", rows.Select(r => Terms.N(table[r, "total"]!.Number!.Value)));
        context.Add(new Finding(Info.Id, Info.Severity,
            $"六类申请人栏均为空白、只填了总计（{Labels.Rows(3, rows)}，总计{(rows.Count > 1 ? "分别" : string.Empty)}为 {figures}）：申请人类别无从核对",
            $"the six applicant columns are blank and only 总计 is filled ({Labels.Rows(3, rows)}, 总计 {figures}): the applicants cannot be checked",
            3, rows[0], Column: null,
            Expected: null, Actual: "(空白 blank)",
            Cells: Locations(table, rows, TemplateCatalog.ApplicantParts)));
    }

    /// <summary>An applicant column whose result rows are all blank under a non-zero （七）总计: one warning per column.</summary>
    private static void BlankResultColumns(RuleContext context)
    {
        var report = context.Report;
        var table = report.Applications;
        foreach (var column in TemplateCatalog.ApplicantParts)
        {
            if (table["result.total", column] is not { IsBlank: false, Number: { } total } || total == 0 || TableValues.AnyResultGiven(report, column))
            {
                continue;
            }

            var label = Labels.Column(column);
            context.Add(new Finding(Info.Id, Info.Severity,
                $"“{label}”列的各项办理结果均为空白，（七）总计为 {Terms.N(total)}：办理结果无从核对",
                $"every result row of column “{label}” is blank while （七）总计 says {Terms.N(total)}: the results cannot be checked",
                3, "result.total", column,
                Expected: null, Actual: "(空白 blank)",
                Cells: Locations(table, Labels.ResultRows(report.Template), [column])));
        }
    }

    /// <summary>A section 四 group whose 总计 is blank although its four results are not all zero, or the reverse.</summary>
    private static void BlankReviewGroup(RuleContext context, string group)
    {
        var table = context.Report.ReviewLitigation;
        if (!table.HasRow(group))
        {
            return;
        }

        var label = Labels.ReviewGroup(group);
        var parts = new Terms();
        foreach (var part in TemplateCatalog.ReviewCells.Take(4))
        {
            parts.Add(table[group, part], Labels.Cell(4, group, part));
        }

        if (table[group, "total"] is { IsBlank: true } total)
        {
            if (parts.Sum == 0)
            {
                return;
            }

            context.Add(new Finding(Info.Id, Info.Severity,
                $"{label}的总计栏空白：结果维持+结果纠正+其他结果+尚未审结 = {parts}",
                $"{label}: 总计 is blank, the four results add up to {parts}",
                4, group, "total",
                Expected: Terms.N(parts.Sum), Actual: "(空白 blank)",
                Cells: [.. total.Location.IsKnown ? [total.Location] : Array.Empty<SourceLocation>(), .. parts.Locations]));
            return;
        }

        if (table[group, "total"] is { Number: { } n } stated && n != 0 && parts.Blanks.Count == 4)
        {
            context.Add(new Finding(Info.Id, Info.Severity,
                $"{label}的四项结果均为空白，总计为 {Terms.N(n)}：结果无从核对",
                $"{label}: the four results are blank while 总计 says {Terms.N(n)}: the outcomes cannot be checked",
                4, group, Column: null,
                Expected: null, Actual: "(空白 blank)",
                Cells: stated.Location.IsKnown ? [stated.Location] : null));
        }
    }

    private static Terms PartsOf(StatisticsTable table, string row)
    {
        var parts = new Terms();
        foreach (var part in TemplateCatalog.ApplicantParts)
        {
            parts.Add(table[row, part], Labels.ApplicationCell(row, part));
        }

        return parts;
    }

    /// <summary>The sum of all result rows' 总计, each blank one taken from its six applicant columns.</summary>
    private static decimal ResultsFigure(AnnualReport report, Dictionary<string, Terms> blankSums)
    {
        var sum = 0m;
        foreach (var row in Labels.ResultRows(report.Template))
        {
            sum += blankSums.TryGetValue(row, out var parts) ? parts.Sum : report.Applications[row, "total"]?.Number ?? 0m;
        }

        return sum;
    }

    /// <summary>
    /// What a row group's parts give: for the results, the sum of the result rows (or （七）总计's parts when only that
    /// row is blank); for the other groups, their one row's sum.
    /// </summary>
    private static decimal GroupFigure(List<string> rows, Dictionary<string, Terms> sums)
    {
        var results = rows.Where(r => r != "result.total").ToList();
        return results.Count > 0 ? results.Sum(r => sums[r].Sum) : sums[rows[0]].Sum;
    }

    private static SourceLocation[] Locations(StatisticsTable table, IEnumerable<string> rows, IEnumerable<string> columns)
    {
        var cols = columns.ToList();
        return rows.SelectMany(r => cols.Select(c => table[r, c])).Where(c => c is not null && c.Location.IsKnown).Select(c => c!.Location).ToArray();
    }

    private static SourceLocation[] Locations(StatisticsTable table, IEnumerable<string> rows, string column) => Locations(table, rows, [column]);
}
