using ReportAudit.Core.Model;

namespace ReportAudit.Core.Validation.Rules;

/// <summary><c>structure.blank-cells</c>: one notice listing the cells left blank (blank is not 0; the arithmetic counts it as 0).</summary>
public sealed class BlankCellsRule : IReportRule
{
    private const int Listed = 20;

    public static RuleDescriptor Info { get; } = new(
        "structure.blank-cells", Severity.Notice,
        "统计表有空白格（核算时按 0 计）", "Blank cells in the tables (counted as 0 in the arithmetic)",
        "《中华人民共和国政府信息公开工作年度报告格式》：各栏均应填写数字");

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

        var names = blanks.Select(b => $"{ReportSection.Numerals[b.Section - 1]}:{b.Row}/{b.Column}").ToList();
        var shown = string.Join("、", names.Take(Listed)) + (names.Count > Listed ? $" 等 {names.Count} 格" : string.Empty);
        var shownEn = string.Join(", ", names.Take(Listed)) + (names.Count > Listed ? $" and {names.Count - Listed} more" : string.Empty);
        var sections = blanks.Select(b => b.Section).Distinct().ToList();
        context.Add(new Finding(Info.Id, Info.Severity,
            $"{blanks.Count} 个格为空白（空白不等于 0，应填 0；核算时按 0 计）：{shown}",
            $"{blanks.Count} blank cell(s) (blank is not 0 and should be written as 0; counted as 0 in the arithmetic): {shownEn}",
            Section: sections.Count == 1 ? sections[0] : null,
            Row: blanks.Count == 1 ? blanks[0].Row : null,
            Column: blanks.Count == 1 ? blanks[0].Column : null,
            Actual: blanks.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Cells: blanks.Select(b => b.Cell.Location).Where(l => l.IsKnown).ToArray()));
    }
}
