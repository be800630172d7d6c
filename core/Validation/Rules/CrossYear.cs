using System.Globalization;

namespace ReportAudit.Core.Validation.Rules;

/// <summary>What the cross-year rules need before they can compare: last year's figures for the same body and year − 1.</summary>
internal static class CrossYear
{
    public static string? Unassessable(RuleContext context)
    {
        var report = context.Report;
        if (report.Year is not { } year)
        {
            return "报告年度不明 no report year";
        }

        if (context.Previous is not { } previous)
        {
            return $"不知道同一机关 {(year - 1).ToString(CultureInfo.InvariantCulture)} 年度的报告 no {(year - 1).ToString(CultureInfo.InvariantCulture)} report of this body known";
        }

        if (previous.Year != year - 1 || previous.BodyKey != BodyKey.Of(report.Body))
        {
            return "给出的上一年度数据不是同一机关的上一年 the previous figures are not this body's year before";
        }

        return null;
    }
}
