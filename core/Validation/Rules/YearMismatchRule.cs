using System.Globalization;

namespace ReportAudit.Core.Validation.Rules;

/// <summary><c>date.year-mismatch</c>: the year in the title disagrees with the year section 一 opens with.</summary>
public sealed class YearMismatchRule : IReportRule
{
    public static RuleDescriptor Info { get; } = new(
        "date.year-mismatch", Severity.Warning,
        "标题年度与正文年度不一致", "The title's year disagrees with the body text's",
        "条例 第四十九条、第五十条：年度报告报告一个年度的工作",
        "警告：标题年度与第一部分开头所写年度不一致；正文年度是从文字中推断读出的（第一部分的第一个年份），可能读错，所以不作为错误。 warning: the title's year differs from the year section 一 opens with; the latter is read from prose by inference (its first year) and can be misread, so not an error.");

    public RuleDescriptor Descriptor => Info;

    public void Evaluate(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var report = context.Report;
        if (report.TitleYear is not { } title || report.NarrativeYear is not { } narrative)
        {
            context.NotAssessable(report.TitleYear is null ? "标题没有年份 no year in a title" : "第一部分开头没有年份 section 一 opens with no year");
            return;
        }

        if (title == narrative)
        {
            return;
        }

        var t = title.ToString(CultureInfo.InvariantCulture);
        var n = narrative.ToString(CultureInfo.InvariantCulture);
        context.Add(new Finding(Info.Id, Info.Severity,
            $"标题为 {t} 年度，第一部分开头却写 {n} 年",
            $"the title says {t}, section 一 opens with {n}",
            Section: 1, Expected: t, Actual: n,
            Cells: report.Section(1) is { Location.IsKnown: true } s ? [s.Location] : null));
    }
}
