using System.Globalization;
using ReportAudit.Core.Model;

namespace ReportAudit.Core.Validation.Rules;

/// <summary><c>date.impossible</c>: a publication (or signature) date before the report year has ended.</summary>
public sealed class ImpossibleDateRule : IReportRule
{
    public static RuleDescriptor Info { get; } = new(
        "date.impossible", Severity.Error,
        "发布日期早于报告年度结束", "Published before the report year ended",
        "条例 第四十九条：年度报告报告上一年度的工作",
        "错误：报告上写明的日期（发布日期字段或落款）早于报告年度结束，不可能，多半是年份写错，报告须更正。 error: a date the report states (publication field or signature) lies before the report year ended, which is impossible, most likely a wrong year; the report must be corrected.");

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

        var yearEnd = new DateOnly(year, 12, 31);
        if (published > yearEnd)
        {
            return;
        }

        var text = published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var source = report.PublishedOnSource;
        context.Add(new Finding(Info.Id, Info.Severity,
            $"{year} 年度报告的日期为 {text}（{SourceZh(source)}），早于 {year} 年结束，不可能；多半是年份写错",
            $"the {year} report is dated {text} ({SourceEn(source)}), before {year} ended: impossible, most likely a wrong year",
            Section: source == PublishedSource.Signature ? 6 : null,
            Expected: $"> {yearEnd.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}", Actual: text));
    }

    /// <summary>Where the publication date was read, in Chinese.</summary>
    internal static string SourceZh(PublishedSource? source) => MetadataSourceNames.LabelZh(source);

    internal static string SourceEn(PublishedSource? source) => MetadataSourceNames.LabelEn(source);
}
