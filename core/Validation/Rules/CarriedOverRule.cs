using System.Globalization;
using ReportAudit.Core.Model;

namespace ReportAudit.Core.Validation.Rules;

/// <summary><c>crossyear.carried-over</c>: this year's 上年结转 equals last year's 结转下年度继续办理, column by column.</summary>
public sealed class CarriedOverRule : IReportRule
{
    public static RuleDescriptor Info { get; } = new(
        "crossyear.carried-over", Severity.Error,
        "上年结转等于上一年度报告的结转下年度", "Carried-in equals last year's carried-out, per column",
        "第三部分表格：二、上年结转 = 上一年度报告的 四、结转下年度继续办理",
        "错误：本年上年结转与同一机关上一年度报告的结转下年度都是填报的数字而不相等；任一方空白的列不核算。 error: this year's carried-in and the same body's carried-over of the year before are both stated and differ; a column blank on either side is not assessed.");

    public RuleDescriptor Descriptor => Info;

    public void Evaluate(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var report = context.Report;
        if (CrossYear.Unassessable(context) is { } reason)
        {
            context.NotAssessable(reason);
            return;
        }

        if (!report.Applications.HasRow("carried_in"))
        {
            context.NotAssessable("第三部分缺少上年结转行 section 三 lacks carried_in");
            return;
        }

        var previous = context.Previous!;
        var compared = 0;
        foreach (var column in TemplateCatalog.ApplicantColumns)
        {
            if (!previous.CarriedOut.TryGetValue(column, out var last) || last is not { } before)
            {
                continue;
            }

            var cell = report.Applications["carried_in", column];
            if (!TableValues.Given(cell))
            {
                context.NotAssessableAt($"“{Labels.Column(column)}”列（本年上年结转空白）", $"column “{Labels.Column(column)}” (carried-in blank this year)");
                continue;
            }

            compared++;
            var now = cell!.Number!.Value;
            if (now == before)
            {
                continue;
            }

            var lastYear = previous.Year.ToString(CultureInfo.InvariantCulture);
            context.Add(new Finding(Info.Id, Info.Severity,
                $"“{Labels.Column(column)}”列：本年上年结转为 {Terms.N(now)}，{lastYear} 年度报告（{previous.ReportId}）结转下年度为 {Terms.N(before)}，差 {Terms.N(Math.Abs(now - before))}",
                $"column “{Labels.Column(column)}”: 二、上年结转 (carried in) is {Terms.N(now)}, the {lastYear} report ({previous.ReportId}) carried over {Terms.N(before)} (四、结转下年度继续办理), difference {Terms.N(Math.Abs(now - before))}",
                3, "carried_in", column,
                Expected: Terms.N(before), Actual: Terms.N(now),
                Cells: cell is not null && cell.Location.IsKnown ? [cell.Location] : null));
        }

        if (compared == 0)
        {
            context.NotAssessable(context.SkippedReason() ?? "上一年度报告的结转下年度为空白 last year's carried-over is blank");
        }
    }
}
