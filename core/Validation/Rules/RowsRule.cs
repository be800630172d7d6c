using ReportAudit.Core.Model;

namespace ReportAudit.Core.Validation.Rules;

/// <summary><c>structure.rows</c>: every row and column of the detected template is present in the three tables.</summary>
public sealed class RowsRule : IReportRule
{
    /// <summary>Section 四 as template rows: each group with the five result cells.</summary>
    private static readonly TemplateRow[] ReviewRows =
        [.. TemplateCatalog.ReviewGroups.Select(g => new TemplateRow(g, Labels.ReviewGroup(g), [], TemplateCatalog.ReviewCells))];

    public static RuleDescriptor Info { get; } = new(
        "structure.rows", Severity.Warning,
        "统计表的行和列齐全", "Every row and column of the template present",
        "《中华人民共和国政府信息公开工作年度报告格式》",
        "警告：表格缺行缺列，多半是报告不全，也可能是表格没有读全（网页、PDF 的排版），需要人看；不作为错误。 warning: a missing row or column most likely means an incomplete table, but the reading may have missed it (page or PDF layout); a person should look, so not an error.");

    public RuleDescriptor Descriptor => Info;

    public void Evaluate(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var report = context.Report;
        if (report.Template == TemplateVersion.Unknown)
        {
            context.NotAssessable("没有识别出模板 no template recognised");
            return;
        }

        Check(context, 2, report.ActiveDisclosure, TemplateCatalog.ActiveDisclosureRows(report.Template));
        Check(context, 3, report.Applications, TemplateCatalog.ApplicationRows(report.Template));
        Check(context, 4, report.ReviewLitigation, ReviewRows);
    }

    private static bool AllPresent(IReadOnlyDictionary<string, Cell> cells, IReadOnlyList<string> columns)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            if (!cells.ContainsKey(columns[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static void Check(RuleContext context, int section, StatisticsTable table, IReadOnlyList<TemplateRow> rows)
    {
        var numeral = ReportSection.Numerals[section - 1];
        if (table.IsEmpty)
        {
            context.Add(new Finding(Info.Id, Info.Severity,
                $"第{numeral}部分没有读到统计表", $"no statistics table read in section {numeral}", Section: section));
            return;
        }

        foreach (var (key, label, _, columns, _, _) in rows)
        {
            if (table.IsUncertain(key))
            {
                // The parser's table.row-uncertain notice names the row; its cells are not assessable.
                continue;
            }

            if (!table.HasRow(key))
            {
                context.Add(new Finding(Info.Id, Info.Severity,
                    $"第{numeral}部分的表格缺少“{label}”一行", $"section {numeral}'s table lacks the row “{label}”",
                    Section: section, Row: key));
                continue;
            }

            var cells = table.Row(key);
            if (cells.Count >= columns.Count && AllPresent(cells, columns))
            {
                continue;
            }

            var missing = columns.Where(c => !cells.ContainsKey(c)).ToList();
            if (missing.Count > 0)
            {
                context.Add(new Finding(Info.Id, Info.Severity,
                    $"第{numeral}部分“{label}”一行缺少 {missing.Count} 列：{string.Join("、", missing.Select(c => Labels.Column(section, c)))}",
                    $"section {numeral}, row “{label}” lacks {missing.Count} column(s): {string.Join(", ", missing.Select(c => Labels.Column(section, c)))}",
                    Section: section, Row: key, Column: missing.Count == 1 ? missing[0] : null,
                    Expected: columns.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    Actual: cells.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    Cells: cells.Values.Select(c => c.Location).Where(l => l.IsKnown).ToArray()));
            }
        }
    }
}
