using System.Globalization;
using ReportAudit.Core.Model;
using ReportAudit.Core.Validation.Rules;

namespace ReportAudit.Core.Validation;

/// <summary>
/// What a rule needs of a report before it can check anything: a section, a table, a row, the report's year, last
/// year's figures. A rule lists these in its <see cref="RuleDescriptor.Preconditions"/>; <see cref="ReportValidator"/>
/// checks them in that order before it runs the rule, and the first one unmet makes the rule not assessable with the
/// reason written here, so that a rule holds only its check and each reason is written once.
/// </summary>
public sealed class RulePrecondition
{
    private readonly Func<RuleContext, string?> _unmet;

    private RulePrecondition(string needs, Func<RuleContext, string?> unmet)
    {
        Needs = needs;
        _unmet = unmet;
    }

    /// <summary>What the rule needs, Chinese then English, for the catalogue (<c>docs/rules.md</c>).</summary>
    public string Needs { get; }

    /// <summary>The section numbered <paramref name="number"/> (1 to 6).</summary>
    public static RulePrecondition Section(int number)
    {
        var numeral = ReportSection.Numerals[number - 1];
        return new($"第{numeral}部分 section {numeral}",
            c => c.Report.Section(number) is null ? $"缺少第{numeral}部分 section {numeral} missing" : null);
    }

    /// <summary>At least one section recognised.</summary>
    public static RulePrecondition AnySection { get; } = new("识别出的部分 recognised sections",
        c => c.Report.Sections.Count == 0 ? "没有识别出任何部分 no section recognised" : null);

    /// <summary>
    /// A statistics table read in at least one of the sections given (二, 三, 四); all three given means any table at all.
    /// </summary>
    public static RulePrecondition Table(params int[] sections)
    {
        ArgumentNullException.ThrowIfNull(sections);
        var any = sections.Length == 3;
        var zh = string.Join("、", sections.Select(s => ReportSection.Numerals[s - 1]));
        var en = string.Join(" or ", sections.Select(s => ReportSection.Numerals[s - 1]));
        var reason = any ? "没有读到统计表 no table read" : $"第{zh}部分没有读到统计表 no section {en} table read";
        return new(any ? "统计表 a table" : $"第{zh}部分统计表 section {en} table",
            c => sections.All(s => TableOf(c.Report, s).IsEmpty) ? reason : null);
    }

    /// <summary>A row of a section's table, with the reason given when it is missing (worded as the rule's outcome has always been).</summary>
    public static RulePrecondition Row(int section, string key, string reason)
    {
        var numeral = ReportSection.Numerals[section - 1];
        var label = Labels.Row(section, key);
        return new($"第{numeral}部分“{label}”一行 this section {numeral} row",
            c => TableOf(c.Report, section).HasRow(key) ? null : reason);
    }

    /// <summary>Every row named, in a section's table; the reason names the missing ones as the template prints them.</summary>
    public static RulePrecondition Rows(int section, params string[] keys)
    {
        var numeral = ReportSection.Numerals[section - 1];
        var labels = Labels.Rows(section, keys);
        return new($"第{numeral}部分 {labels} 各行 these section {numeral} rows",
            c =>
            {
                var table = TableOf(c.Report, section);
                var missing = keys.Where(k => !table.HasRow(k)).ToList();
                if (missing.Count == 0)
                {
                    return null;
                }

                var names = Labels.Rows(section, missing);
                return $"第{numeral}部分缺少 {names} section {numeral} lacks {names}";
            });
    }

    /// <summary>
    /// The rows named (as the report's template has them) placed with confidence: a row whose values the parser could
    /// not place under their columns is not compared.
    /// </summary>
    public static RulePrecondition CertainRows(int section, Func<AnnualReport, IEnumerable<string>> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var numeral = ReportSection.Numerals[section - 1];
        return new($"第{numeral}部分所比较各行的数值位置确定 the values of the section {numeral} rows compared placed with confidence",
            c =>
            {
                var table = TableOf(c.Report, section);
                if (table.UncertainRows.Count == 0)
                {
                    return null;
                }

                var uncertain = rows(c.Report).Where(table.IsUncertain).ToList();
                if (uncertain.Count == 0)
                {
                    return null;
                }

                var labels = string.Join("、", uncertain.Select(r => $"“{Labels.Row(r)}”"));
                return $"{labels}一行的数值无法确定对应的列，不作核算 the values of {string.Join(", ", uncertain)} could not be placed with confidence";
            });
    }

    /// <summary>A recognised template (2019 or 2021).</summary>
    public static RulePrecondition Template { get; } = new("识别出的模板 a recognised template",
        c => c.Report.Template == TemplateVersion.Unknown ? "没有识别出模板 no template recognised" : null);

    /// <summary>The 2021 template.</summary>
    public static RulePrecondition Template2021 { get; } = new("2021 年版模板 the 2021 template",
        c => c.Report.Template != TemplateVersion.V2021 ? "不是 2021 年版模板 not the 2021 template" : null);

    /// <summary>The year the report is for.</summary>
    public static RulePrecondition ReportYear { get; } = new("报告年度 the report year",
        c => c.Report.Year is null ? "报告年度不明 no report year" : null);

    /// <summary>The date the report was published.</summary>
    public static RulePrecondition PublicationDate { get; } = new("发布日期 the publication date",
        c => c.Report.PublishedOn is null ? "报告没有发布日期 no publication date" : null);

    /// <summary>A year in a title.</summary>
    public static RulePrecondition TitleYear { get; } = new("标题中的年份 a year in a title",
        c => c.Report.TitleYear is null ? "标题没有年份 no year in a title" : null);

    /// <summary>A year at the opening of section 一.</summary>
    public static RulePrecondition NarrativeYear { get; } = new("第一部分开头的年份 a year opening section 一",
        c => c.Report.NarrativeYear is null ? "第一部分开头没有年份 section 一 opens with no year" : null);

    /// <summary>Last year's figures for the same body and year − 1 (the cross-year rules).</summary>
    public static RulePrecondition PreviousYear { get; } = new("同一机关上一年度的报告 the same body's report for the year before", PreviousYearUnmet);

    /// <summary>A precondition only one rule has, with what it needs, when it holds, and the reason when it does not.</summary>
    public static RulePrecondition Of(string needs, Func<RuleContext, bool> holds, string reason)
    {
        ArgumentNullException.ThrowIfNull(holds);
        return new(needs, c => holds(c) ? null : reason);
    }

    /// <summary>Why the rule cannot assess the report in <paramref name="context"/>, or null when this precondition holds.</summary>
    public string? Unmet(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return _unmet(context);
    }

    public override string ToString() => Needs;

    private static string? PreviousYearUnmet(RuleContext context)
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

    private static StatisticsTable TableOf(AnnualReport report, int section) => section switch
    {
        2 => report.ActiveDisclosure,
        3 => report.Applications,
        4 => report.ReviewLitigation,
        _ => throw new ArgumentOutOfRangeException(nameof(section), section, "only sections 二, 三 and 四 have tables"),
    };
}
