using ReportAudit.Core.Model;

namespace ReportAudit.Core.Validation.Rules;

/// <summary><c>template.outdated</c>: a report for 2021 or later on the 2019 template.</summary>
public sealed class TemplateOutdatedRule : IReportRule
{
    /// <summary>The first report year of the 2021 template (国办公开办函〔2021〕30号, issued 26 September 2021).</summary>
    public const int FirstYearOf2021Template = 2021;

    public static RuleDescriptor Info { get; } = new(
        "template.outdated", Severity.Error,
        "2021 年及以后的年报使用了 2019 年版模板", "A report for 2021 or later on the 2019 template",
        "国办公开办函〔2021〕30号：新格式自 2021 年度报告起使用",
        "错误：2021 年度及以后的报告使用了 2019 年版表格，模板由表格的行可靠判断，报告须按新格式重新发布。 error: a report for 2021 or later uses the 2019 tables; the template is told reliably from the table rows, and the report must be republished in the new format.");

    public RuleDescriptor Descriptor => Info;

    public void Evaluate(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var report = context.Report;
        if (report.Year is not { } year || report.Template == TemplateVersion.Unknown)
        {
            context.NotAssessable(report.Year is null ? "报告年度不明 no report year" : "没有识别出模板 no template recognised");
            return;
        }

        if (report.Template == TemplateVersion.V2019 && year >= FirstYearOf2021Template)
        {
            var cells = report.ActiveDisclosure.Cells().Select(c => c.Cell.Location).Where(l => l.IsKnown).Take(1).ToArray();
            context.Add(new Finding(Info.Id, Info.Severity,
                $"{year} 年度报告使用了 2019 年版模板（如“本年新制作数量”“政府集中采购”）；自 2021 年度起应使用国办公开办函〔2021〕30号的新格式",
                $"the {year} report uses the 2019 template (本年新制作数量, 政府集中采购); reports from 2021 on must use the 2021 format",
                Section: 2,
                Expected: "2021", Actual: "2019",
                Cells: cells));
        }
    }
}
