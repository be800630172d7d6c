using ReportAudit.Core.Model;

namespace ReportAudit.Core.Validation.Rules;

/// <summary><c>structure.blank-total</c>: a total left blank although its parts are not all zero.</summary>
public sealed class BlankTotalRule : IReportRule
{
    public static RuleDescriptor Info { get; } = new(
        "structure.blank-total", Severity.Warning,
        "合计栏空白而分项不全为 0", "A blank total whose parts are not all zero",
        "《中华人民共和国政府信息公开工作年度报告格式》：总计栏");

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

        var applications = report.Applications;
        foreach (var row in applications.RowKeys)
        {
            if (applications[row, "total"] is { IsBlank: true } total)
            {
                var parts = new Terms();
                foreach (var part in TemplateCatalog.ApplicantParts)
                {
                    parts.Add(applications[row, part], part);
                }

                Report(context, 3, row, "total", total, parts, $"“{Labels.Row(row)}”一行的总计栏", $"row {row}'s total column");
            }
        }

        if (applications.HasRow("result.total"))
        {
            foreach (var column in TemplateCatalog.ApplicantParts)
            {
                if (applications["result.total", column] is { IsBlank: true } total)
                {
                    var parts = new Terms();
                    foreach (var result in Labels.ResultRows(report.Template))
                    {
                        parts.Add(applications[result, column], result);
                    }

                    Report(context, 3, "result.total", column, total, parts, $"“{Labels.Column(column)}”列的（七）总计", $"column {column}'s result.total");
                }
            }
        }

        foreach (var group in TemplateCatalog.ReviewGroups)
        {
            if (report.ReviewLitigation[group, "total"] is { IsBlank: true } total)
            {
                var parts = new Terms();
                foreach (var part in TemplateCatalog.ReviewCells.Take(4))
                {
                    parts.Add(report.ReviewLitigation[group, part], part);
                }

                Report(context, 4, group, "total", total, parts, $"{Labels.ReviewGroup(group)}的总计", $"{group}'s total");
            }
        }
    }

    private static void Report(RuleContext context, int section, string row, string column, Cell total, Terms parts, string whereZh, string whereEn)
    {
        if (parts.Sum == 0)
        {
            return;
        }

        context.Add(new Finding(Info.Id, Info.Severity,
            $"{whereZh}为空白，但分项之和为 {parts}",
            $"{whereEn} is blank but its parts add up to {parts}",
            section, row, column,
            Expected: Terms.N(parts.Sum), Actual: "(空白 blank)",
            Cells: [.. total.Location.IsKnown ? [total.Location] : Array.Empty<SourceLocation>(), .. parts.Locations]));
    }
}
