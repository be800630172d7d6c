using ReportAudit.Core.Model;

namespace ReportAudit.Core.Validation.Rules;

/// <summary>
/// <c>narrative.applications</c>: the application figures section 一 states (收到/新收 N 件, 上年结转 N 件, 办结 N 件,
/// 结转 N 件) match section 三's totals. 收到 N 件 may mean the new applications or new plus carried-in: either is accepted.
/// </summary>
public sealed class NarrativeApplicationsRule : IReportRule
{
    public static RuleDescriptor Info { get; } = new(
        "narrative.applications", Severity.Warning,
        "总体情况所述申请件数与第三部分表格一致", "Application figures in section 一 match the section 三 table",
        "条例 第五十条：年度报告应当包括收到和处理政府信息公开申请的情况（文字与表格应一致）",
        "警告：第一部分文字所述件数与表格不符；文字中的数字是推断读出的，只读明确的句子，仍可能读错，所以从不作为错误。 warning: a figure the prose of section 一 states differs from the table; figures are read from prose by inference (clear clauses only) and can be misread, so never an error.");

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

        if (report.Applications.IsEmpty)
        {
            context.NotAssessable("第三部分没有读到统计表 no section 三 table read");
            return;
        }

        var stated = NarrativeFigures.Applications(text);
        if (stated.Count == 0)
        {
            context.NotAssessable("第一部分没有明确写出申请件数 section 一 states no application figure clearly");
            return;
        }

        var newTotal = TableValues.ApplicationsTotal(report, "new");
        var carriedIn = TableValues.ApplicationsTotal(report, "carried_in");
        var compared = 0;
        compared += Compare(context, stated, NarrativeFigures.Received, "new", newTotal,
            newTotal is { } n && carriedIn is { } c ? n + c : null, "本年新收（或新收加上年结转）", "一、本年新收 new applications (or new plus 二、上年结转 carried in)");
        compared += Compare(context, stated, NarrativeFigures.CarriedIn, "carried_in", carriedIn, null, "上年结转", "二、上年结转 carried in");
        compared += Compare(context, stated, NarrativeFigures.Completed, "result.total", TableValues.ApplicationsTotal(report, "result.total"), null, "办理结果总计", "（七）总计 results total");
        compared += Compare(context, stated, NarrativeFigures.CarriedOut, "carried_out", TableValues.ApplicationsTotal(report, "carried_out"), null, "结转下年度继续办理", "四、结转下年度继续办理 carried over");
        if (compared == 0)
        {
            context.NotAssessable("第三部分相应的总计栏及其分项均为空白 the table cells the prose speaks of are blank");
        }
    }

    private static int Compare(RuleContext context, Dictionary<string, List<StatedFigure>> stated, string kind, string row,
        decimal? table, decimal? alternative, string whatZh, string whatEn)
    {
        if (!stated.TryGetValue(kind, out var figures) || table is not { } value)
        {
            return 0;
        }

        foreach (var figure in figures)
        {
            if (figure.Value == value || alternative == figure.Value)
            {
                continue;
            }

            var expected = alternative is { } alt && alt != value ? $"{Terms.N(value)} 或 or {Terms.N(alt)}" : Terms.N(value);
            var cell = context.Report.Applications[row, "total"];
            context.Add(new Finding(Info.Id, Info.Severity,
                $"第一部分称“{figure.Quote}”（{Terms.N(figure.Value)} 件），第三部分表格的{whatZh}为 {expected}",
                $"section 一 says '{figure.Quote}' ({Terms.N(figure.Value)}), the section 三 table's {whatEn} is {expected}",
                1, row, "total",
                Expected: expected, Actual: Terms.N(figure.Value),
                Cells: cell is not null && cell.Location.IsKnown ? [cell.Location] : null));
            break;
        }

        return 1;
    }
}
