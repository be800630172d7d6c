using ReportAudit.Core.Model;

namespace ReportAudit.Core.Validation.Rules;

/// <summary><c>plausibility.fee-statement</c>: section 六 of a 2021-template report does not say whether 信息处理费 were charged.</summary>
public sealed class FeeStatementRule : IReportRule
{
    public static RuleDescriptor Info { get; } = new(
        "plausibility.fee-statement", Severity.Notice,
        "第六部分未说明信息处理费收取情况", "Section 六 does not state whether information processing fees were charged",
        "国办公开办函〔2021〕30号：第六部分报告依据《政府信息公开信息处理费管理办法》收取信息处理费的情况",
        "提示：2021 年版模板要求第六部分报告信息处理费的收取情况，没有写属于内容不全，不影响数字。 notice: the 2021 format asks section 六 to report information processing fees; leaving it out makes the report incomplete, not wrong.");

    public RuleDescriptor Descriptor => Info;

    public void Evaluate(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var report = context.Report;
        if (report.Template != TemplateVersion.V2021)
        {
            context.NotAssessable("不是 2021 年版模板 not the 2021 template");
            return;
        }

        if (context.NormalizedSectionText(6) is not { } six)
        {
            context.NotAssessable("缺少第六部分 section 六 missing");
            return;
        }

        if (NarrativeFigures.MentionsFees(six))
        {
            return;
        }

        // Other sections are searched in their raw text, in both scripts, rather than normalised just for this.
        var elsewhere = report.Sections.FirstOrDefault(s => s.Number != 6
            && (NarrativeFigures.MentionsFees(s.Text) || s.Text.Contains("處理費", StringComparison.Ordinal)))?.Number ?? 0;
        var (zh, en) = elsewhere > 0
            ? ($"（第{ReportSection.Numerals[elsewhere - 1]}部分提到了信息处理费）", $" (section {ReportSection.Numerals[elsewhere - 1]} mentions them)")
            : (string.Empty, string.Empty);
        context.Add(new Finding(Info.Id, Info.Severity,
            $"第六部分没有说明是否收取信息处理费{zh}",
            $"section 六 does not say whether information processing fees were charged{en}",
            Section: 6,
            Cells: report.Section(6) is { Location.IsKnown: true } s ? [s.Location] : null));
    }
}
