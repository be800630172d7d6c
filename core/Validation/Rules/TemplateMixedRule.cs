using ReportAudit.Core.Model;

namespace ReportAudit.Core.Validation.Rules;

/// <summary><c>template.mixed</c>: the tables mix rows or wording of both templates.</summary>
public sealed class TemplateMixedRule : IReportRule
{
    public const string NoticeCode = "template.mixed";

    public static RuleDescriptor Info { get; } = new(
        "template.mixed", Severity.Warning,
        "统计表混用了两版模板", "Tables mixing rows of both templates",
        "国办公开办函〔2021〕30号",
        "警告：表格混有两版模板的行，多半是改版时没有改全，也可能是读表的误差，需要人看。 warning: rows of both templates, most likely a half-done update, possibly a reading error; a person should look.");

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

        var other = report.Template == TemplateVersion.V2019 ? "2021" : "2019";
        var mine = report.Template == TemplateVersion.V2019 ? "2019" : "2021";
        if (report.ForeignTemplateRows.Count > 0)
        {
            // Named as the template prints them: （六）其他处理, 政府集中采购.
            var rows = string.Join("、", report.ForeignTemplateRows.Select(r => $"“{Labels.AnyRow(r)}”"));
            context.Add(new Finding(Info.Id, Info.Severity,
                $"表格按 {mine} 年版模板读取，但含有 {other} 年版模板的行：{rows}",
                $"the tables follow the {mine} template but contain rows of the {other} template: {rows}",
                Row: report.ForeignTemplateRows.Count == 1 ? report.ForeignTemplateRows[0] : null,
                Expected: mine, Actual: $"{mine}+{other}"));
            return;
        }

        foreach (var notice in report.Notices)
        {
            if (notice.Code == NoticeCode)
            {
                context.Add(new Finding(Info.Id, Info.Severity, notice.MessageZh, notice.MessageEn, notice.Section,
                    Expected: mine, Actual: $"{mine}+{other}",
                    Cells: notice.Location.IsKnown ? [notice.Location] : null));
                return;
            }
        }
    }
}
