using ReportAudit.Core.Model;

namespace ReportAudit.Core.Validation.Rules;

/// <summary><c>structure.blank-cells</c>: one notice listing the cells left blank (blank is not 0; the arithmetic counts it as 0).</summary>
public sealed class BlankCellsRule : IReportRule
{
    private const int Listed = 20;

    /// <summary>A row group with at most this many blanks names each cell; a larger one gives its rows and a count.</summary>
    private const int FewCells = 3;

    public static RuleDescriptor Info { get; } = new(
        "structure.blank-cells", Severity.Notice,
        "统计表有空白格（核算时按 0 计）", "Blank cells in the tables (counted as 0 in the arithmetic)",
        "《中华人民共和国政府信息公开工作年度报告格式》：各栏均应填写数字",
        "提示：空白多半是 0 的省略，是填写规范问题；空白不是填报的数字，核算时只在同一算式中另有填报数字时按 0 计，整栏空白的算式不作核算（见 structure.blank-total）。 "
        + "notice: a blank is mostly an omitted 0, a matter of form; a blank is not a stated figure, so it counts as 0 only inside a sum whose other terms are stated, and a sum whose every term is blank is not assessed (see structure.blank-total).");

    public RuleDescriptor Descriptor => Info;

    public void Evaluate(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var report = context.Report;
        if (report.ActiveDisclosure.IsEmpty && report.Applications.IsEmpty && report.ReviewLitigation.IsEmpty)
        {
            context.NotAssessable("没有读到统计表 no table read");
            return;
        }

        var blanks = context.CellCensus.Blanks;
        if (blanks.Count == 0)
        {
            return;
        }

        // Listed by row group, with counts: （三）不予公开 1–8 行：空白 48 格; a group with few blanks names its cells.
        // A column blank across several row groups (a blank 总计 column) is named once, as a column.
        var listed = new List<string>();
        var columns = blanks.GroupBy(b => (b.Section, b.Column))
            .Where(g => g.Count() > FewCells && g.Select(b => Labels.GroupKey(b.Section, b.Row)).Distinct(StringComparer.Ordinal).Count() > 1)
            .ToList();
        foreach (var column in columns)
        {
            listed.Add($"第{ReportSection.Numerals[column.Key.Section - 1]}部分“{Labels.Column(column.Key.Section, column.Key.Column)}”列 {Labels.Rows(column.Key.Section, column.Select(b => b.Row))}：空白 {column.Count()} 格");
        }

        var inColumns = columns.Select(c => c.Key).ToHashSet();
        var groups = blanks.Where(b => !inColumns.Contains((b.Section, b.Column)))
            .GroupBy(b => (b.Section, Group: Labels.GroupKey(b.Section, b.Row))).ToList();
        foreach (var group in groups)
        {
            var section = $"第{ReportSection.Numerals[group.Key.Section - 1]}部分";
            if (group.Count() <= FewCells)
            {
                listed.AddRange(group.Select(b => $"{section} {Labels.Cell(b.Section, b.Row, b.Column)}"));
            }
            else
            {
                listed.Add($"{section} {Labels.Rows(group.Key.Section, group.Select(b => b.Row))} 行：空白 {group.Count()} 格");
            }
        }

        var shown = string.Join("；", listed.Take(Listed)) + (listed.Count > Listed ? $" 等（共 {blanks.Count} 格）" : string.Empty);
        var shownEn = string.Join("; ", listed.Take(Listed)) + (listed.Count > Listed ? $" and more ({blanks.Count} cells)" : string.Empty);
        var sections = blanks.Select(b => b.Section).Distinct().ToList();
        context.Add(new Finding(Info.Id, Info.Severity,
            $"{blanks.Count} 个格为空白（空白不等于 0，应填 0；算式中另有填报数字时按 0 计）：{shown}",
            $"{blanks.Count} blank cell(s) (blank is not 0 and should be written as 0; counted as 0 inside a sum whose other terms are stated): {shownEn}",
            Section: sections.Count == 1 ? sections[0] : null,
            Row: blanks.Count == 1 ? blanks[0].Row : null,
            Column: blanks.Count == 1 ? blanks[0].Column : null,
            Actual: blanks.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Cells: blanks.Select(b => b.Cell.Location).Where(l => l.IsKnown).ToArray()));
    }
}
