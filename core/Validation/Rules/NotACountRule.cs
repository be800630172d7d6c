using ReportAudit.Core.Model;

namespace ReportAudit.Core.Validation.Rules;

/// <summary><c>structure.not-a-count</c>: a value that is not a whole non-negative number where the template wants a count.</summary>
public sealed class NotACountRule : IReportRule
{
    public static RuleDescriptor Info { get; } = new(
        "structure.not-a-count", Severity.Error,
        "件数栏填写的不是非负整数", "A value that is not a whole non-negative number where a count is wanted",
        "《中华人民共和国政府信息公开工作年度报告格式》：件数、数量栏",
        "错误：件数栏写的是填报的文字或负数、小数，不是非负整数，报告本身须更正（空白不算，见 structure.blank-cells）。 error: a count cell states text, a negative or a fraction instead of a whole number; the report itself must be corrected (a blank is not this rule's, see structure.blank-cells).");

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

        foreach (var (section, row, column, cell) in context.CellCensus.NotCountCells)
        {
            Report(context, section, row, column, cell);
        }
    }

    private static void Report(RuleContext context, int section, string row, string column, Cell cell)
    {
        var numeral = ReportSection.Numerals[section - 1];
        context.Add(new Finding(Info.Id, Info.Severity,
            $"第{numeral}部分 {Labels.Cell(section, row, column)} 填的是“{cell.Raw}”，应为非负整数（件数）",
            $"section {numeral}, {Labels.Cell(section, row, column)} holds '{cell.Raw}', where a whole non-negative count is wanted",
            section, row, column,
            Expected: "非负整数 whole number ≥ 0", Actual: cell.Raw,
            Cells: cell.Location.IsKnown ? [cell.Location] : null));
    }
}
