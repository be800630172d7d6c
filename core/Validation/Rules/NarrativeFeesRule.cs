using ReportAudit.Core.Model;

namespace ReportAudit.Core.Validation.Rules;

/// <summary>
/// <c>narrative.fees</c>: what the report says about 信息处理费 against itself and against section 三, read by the 2021
/// format (国办公开办函〔2021〕30号; 《政府信息公开信息处理费管理办法》): section 六 reports the fee notices sent, their
/// amounts and what was actually collected. An applicant who does not pay a notice is deemed to have withdrawn, so
/// "nothing collected" beside applications closed for an unpaid notice (<c>result.other.2</c>) is consistent; at most
/// section 六 should say how many notices went out (a notice). A contradiction is a warning: a stated amount collected
/// while the prose says none was, or prose saying no notice was sent while section 三 counts unpaid notices.
/// </summary>
public sealed class NarrativeFeesRule : IReportRule
{
    public const string FeeRow = "result.other.2";

    public static RuleDescriptor Info { get; } = new(
        "narrative.fees", Severity.Warning,
        "信息处理费的表述与自身及第三部分一致", "What the report says about information processing fees agrees with itself and with section 三",
        "《政府信息公开信息处理费管理办法》；国办公开办函〔2021〕30号（第六部分报告收费通知的件数、金额及实际收取情况）",
        "警告：文字自相矛盾——写明收取了信息处理费金额，又称未收取；或称未发出收费通知，而第三部分有“申请人逾期未按收费通知要求缴纳费用”的件数。"
        + "提示：称未收取信息处理费、第三部分有逾期未缴费的件数，两者并不矛盾（发出通知而申请人未缴费），只提示第六部分宜写明发出收费通知的件数。"
        + "从不作为错误：文字是推断读出的。 "
        + "warning: the prose contradicts itself (an amount collected, and none collected) or section 三 (no fee notice sent, yet applications closed for unpaid notices). "
        + "notice: 'no fee collected' beside applications closed for unpaid notices is consistent (notices went out, nothing was paid); section 六 should only say how many notices were sent. "
        + "Never an error: the prose is read by inference.");

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

        var six = context.NormalizedSectionText(6);
        var one = context.NormalizedSectionText(1);
        var texts = new[] { (Section: 6, Text: six), (Section: 1, Text: one) }.Where(t => t.Text is not null).ToList();
        var noneCollected = texts.Select(t => (t.Section, Quote: NarrativeFigures.FeesNotCharged(t.Text!))).FirstOrDefault(t => t.Quote is not null);
        var collected = texts.Select(t => (t.Section, Figure: NarrativeFigures.FeeCollected(t.Text!))).FirstOrDefault(t => t.Figure is not null);
        var noNotice = texts.Select(t => (t.Section, Quote: NarrativeFigures.NoFeeNoticeSent(t.Text!))).FirstOrDefault(t => t.Quote is not null);
        if (noneCollected.Quote is null && noNotice.Quote is null)
        {
            // An amount collected alone contradicts nothing: only "none collected" or "no notice sent" can be set against the rest.
            context.NotAssessable("报告没有写明未收取信息处理费或未发出收费通知 the report says neither that no fee was collected nor that no fee notice was sent");
            return;
        }

        var contradicts = false;
        if (noneCollected.Quote is { } none && collected.Figure is { } amount)
        {
            contradicts = true;
            context.Add(new Finding(Info.Id, Severity.Warning,
                $"报告称“{none}”，又称“{amount.Quote}”（{Terms.N(amount.Value)} 元）：是否收取了信息处理费，前后矛盾",
                $"the report says '{none}', and also '{amount.Quote}' ({Terms.N(amount.Value)}): it contradicts itself on whether fees were collected",
                Section: collected.Section,
                Expected: "0", Actual: Terms.N(amount.Value),
                Cells: report.Section(collected.Section) is { Location.IsKnown: true } s ? [s.Location] : null));
        }

        if (TableValues.ApplicationsTotal(report, FeeRow) is not { } unpaid)
        {
            if (!contradicts)
            {
                context.NotAssessable("收费通知一行为空白 the fee-notice row is blank");
            }

            return;
        }

        if (unpaid == 0)
        {
            return; // no unpaid notice counted: nothing in section 三 to set the prose against.
        }

        var cell = report.Applications[FeeRow, "total"];
        var cells = cell is not null && cell.Location.IsKnown ? new[] { cell.Location } : null;
        var label = Labels.Row(FeeRow);
        if (noNotice.Quote is { } quote)
        {
            context.Add(new Finding(Info.Id, Severity.Warning,
                $"报告称“{quote}”，但第三部分“{label}”为 {Terms.N(unpaid)} 件：没有发出收费通知，就不会有逾期未缴费的申请",
                $"the report says '{quote}', yet section 三 counts {Terms.N(unpaid)} under “{label}”: without a fee notice no application can be closed for not paying one",
                3, FeeRow, "total",
                Expected: "0", Actual: Terms.N(unpaid),
                Cells: cells));
            return;
        }

        if (six is not null && NarrativeFigures.FeeNoticesSent(six) is null && noneCollected.Quote is { } statement)
        {
            context.Add(new Finding(Info.Id, Severity.Notice,
                $"报告称“{statement}”，第三部分“{label}”为 {Terms.N(unpaid)} 件：两者一致（发出了收费通知而申请人未缴费）；第六部分宜写明本年发出收费通知的件数和金额",
                $"the report says '{statement}' and section 三 counts {Terms.N(unpaid)} under “{label}”: consistent (notices were sent and not paid); section 六 should state how many fee notices were sent and for how much",
                3, FeeRow, "total",
                Expected: null, Actual: Terms.N(unpaid),
                Cells: cells));
        }
    }
}
