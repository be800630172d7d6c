using ReportAudit.Core.Model;

namespace ReportAudit.Core.Validation.Rules;

/// <summary>
/// <c>narrative.fees</c>: a report that says it charged no 信息处理费 while section 三 counts applications closed because
/// the applicant did not pay a fee notice (<c>result.other.2</c>, 2021 template): fee notices went out, so the statement
/// should say how fees were handled.
/// </summary>
public sealed class NarrativeFeesRule : IReportRule
{
    public const string FeeRow = "result.other.2";

    public static RuleDescriptor Info { get; } = new(
        "narrative.fees", Severity.Warning,
        "“未收取信息处理费”与收费通知件数一致", "'No information processing fees' agrees with the fee-notice figure",
        "《政府信息公开信息处理费管理办法》；国办公开办函〔2021〕30号（第六部分报告收费情况）");

    public RuleDescriptor Descriptor => Info;

    public void Evaluate(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var report = context.Report;
        if (report.Template != TemplateVersion.V2021 || !report.Applications.HasRow(FeeRow))
        {
            context.NotAssessable("不是 2021 年版模板或缺少收费通知一行 not the 2021 template, or no fee-notice row");
            return;
        }

        var statement = (context.NormalizedSectionText(6) is { } six ? NarrativeFigures.FeesNotCharged(six) : null)
            ?? (context.NormalizedSectionText(1) is { } one ? NarrativeFigures.FeesNotCharged(one) : null);
        if (statement is null)
        {
            context.NotAssessable("报告没有写明未收取信息处理费 the report does not say no fee was charged");
            return;
        }

        if (TableValues.ApplicationsTotal(report, FeeRow) is not { } notices)
        {
            context.NotAssessable("收费通知一行为空白 the fee-notice row is blank");
            return;
        }

        if (notices == 0)
        {
            return;
        }

        var cell = report.Applications[FeeRow, "total"];
        context.Add(new Finding(Info.Id, Info.Severity,
            $"报告称“{statement}”，但第三部分“申请人逾期未按收费通知要求缴纳费用”为 {Terms.N(notices)} 件，即本年发出过收费通知；请核对收费情况的表述",
            $"the report says '{statement}', yet section 三 counts {Terms.N(notices)} application(s) closed for an unpaid fee notice, so fee notices were sent; check the statement on fees",
            3, FeeRow, "total",
            Expected: "0", Actual: Terms.N(notices),
            Cells: cell is not null && cell.Location.IsKnown ? [cell.Location] : null));
    }
}
