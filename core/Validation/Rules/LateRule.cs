using System.Globalization;

namespace ReportAudit.Core.Validation.Rules;

/// <summary>
/// <c>date.late</c>: published after 条例 第四十九条's deadline, which depends on who reports: a department (a government
/// office reporting on its own work included) by 31 January, a county-or-higher government for its whole level by
/// 31 March, townships and street offices by local rules (mostly 31 January). Configuration overrides the kind per
/// body (<c>Validation:BodyKinds</c>) and the deadline per kind (<c>Validation:Deadlines</c>).
/// </summary>
public sealed class LateRule : IReportRule
{
    public static RuleDescriptor Info { get; } = new(
        "date.late", Severity.Warning,
        "晚于条例第四十九条规定的期限发布", "Published after the deadline of 条例 第四十九条",
        "条例 第四十九条：部门 1 月 31 日前，县级以上人民政府 3 月 31 日前（乡镇、街道按地方规定）；地方规定的更早期限见配置",
        "警告：晚发布是事实，但期限取决于机关类别（由标题和名称推断）和地方规定（配置），推断可能有误，所以不作为错误。 "
        + "warning: late publication is a fact, but the deadline depends on the kind of body (inferred from title and name) and on local rules (configuration); the inference can be wrong, so it is not an error.");

    public RuleDescriptor Descriptor => Info;

    public void Evaluate(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var report = context.Report;
        if (report.Year is not { } year || report.PublishedOn is not { } published)
        {
            context.NotAssessable(report.Year is null ? "报告年度不明 no report year" : "报告没有发布日期 no publication date");
            return;
        }

        if (published < new DateOnly(year + 1, 1, 1))
        {
            context.NotAssessable("发布日期早于报告年度结束（见 date.impossible） published before the year ended (see date.impossible)");
            return;
        }

        if (new BodyKindClassifier(context.Options).Classify(report.Title, report.Body) is not { } kind)
        {
            context.NotAssessable("无法判断发布机关类别 the kind of body cannot be told (no title or body)");
            return;
        }

        var rule = DeadlinePolicy.Resolve(context.Options, kind, year, report.Body, report.Title, context.Region);
        var deadline = rule.Date;
        if (published <= deadline)
        {
            return;
        }

        var days = published.DayNumber - deadline.DayNumber;
        var deadlineText = deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var publishedText = published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var kindName = BodyKindClassification.NameOf(kind.Kind);
        context.Add(new Finding(Info.Id, Info.Severity,
            $"发布日期 {publishedText}（{ImpossibleDateRule.SourceZh(report.PublishedOnSource)}）晚于期限 {deadlineText} {days} 天；适用期限：{kind.ReasonZh}，期限为次年 {deadline.Month} 月 {deadline.Day} 日（{kindName}），依据：{rule.SourceZh}",
            $"published {publishedText} ({ImpossibleDateRule.SourceEn(report.PublishedOnSource)}), {days} day(s) after the deadline {deadlineText}; deadline applied: {kind.ReasonEn}, so {deadline.ToString("MMMM d", CultureInfo.InvariantCulture)} of the following year ({kindName}), set by {rule.SourceEn}",
            Expected: $"≤ {deadlineText}", Actual: publishedText));
    }
}
