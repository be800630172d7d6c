namespace ReportAudit.Core.Validation.Rules;

/// <summary><c>narrative.review-litigation</c>: the 行政复议 and 行政诉讼 figures section 一 states match section 四's totals.</summary>
public sealed class NarrativeReviewLitigationRule : IReportRule
{
    public static RuleDescriptor Info { get; } = new(
        "narrative.review-litigation", Severity.Warning,
        "总体情况所述行政复议、行政诉讼件数与第四部分表格一致", "Review and litigation figures in section 一 match the section 四 table",
        "条例 第五十条：年度报告应当包括因政府信息公开工作被申请行政复议、提起行政诉讼的情况",
        "警告：第一部分文字所述行政复议、行政诉讼件数与表格不符；文字是推断读出的，所以从不作为错误。 warning: a review or litigation figure the prose states differs from the table; prose is read by inference, so never an error.");

    public RuleDescriptor Descriptor => Info;

    public void Evaluate(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var report = context.Report;
        if (context.NormalizedSectionText(1) is not { } text)
        {
            context.NotAssessable("缺少第一部分 section 一 missing");
            return;
        }

        if (report.ReviewLitigation.IsEmpty)
        {
            context.NotAssessable("第四部分没有读到统计表 no section 四 table read");
            return;
        }

        var stated = NarrativeFigures.ReviewLitigation(text);
        if (stated.Count == 0)
        {
            context.NotAssessable("第一部分没有明确写出行政复议、行政诉讼件数 section 一 states no review or litigation figure clearly");
            return;
        }

        var review = TableValues.ReviewTotal(report, "review");
        var direct = TableValues.ReviewTotal(report, "litigation_direct");
        var after = TableValues.ReviewTotal(report, "litigation_after_review");
        var compared = Compare(context, stated, NarrativeFigures.Review, "review", review, "行政复议总计", "the review total");
        compared += Compare(context, stated, NarrativeFigures.Litigation, "litigation_direct", direct + after,
            "行政诉讼总计（未经复议直接起诉 + 复议后起诉）", "the litigation total (direct + after review)");
        if (compared == 0)
        {
            context.NotAssessable("第四部分相应的总计栏及其分项均为空白 the table cells the prose speaks of are blank");
        }
    }

    private static int Compare(RuleContext context, Dictionary<string, List<StatedFigure>> stated, string kind, string row, decimal? table, string whatZh, string whatEn)
    {
        if (!stated.TryGetValue(kind, out var figures) || table is not { } value)
        {
            return 0;
        }

        foreach (var figure in figures)
        {
            if (figure.Value == value)
            {
                continue;
            }

            var cells = context.Report.ReviewLitigation.Row(row).Values.Select(c => c.Location).Where(l => l.IsKnown).ToArray();
            context.Add(new Finding(Info.Id, Info.Severity,
                $"第一部分称“{figure.Quote}”（{Terms.N(figure.Value)} 件），第四部分表格的{whatZh}为 {Terms.N(value)}",
                $"section 一 says '{figure.Quote}' ({Terms.N(figure.Value)}), the section 四 table's {whatEn} is {Terms.N(value)}",
                1, row, "total",
                Expected: Terms.N(value), Actual: Terms.N(figure.Value),
                Cells: cells));
            break;
        }

        return 1;
    }
}
