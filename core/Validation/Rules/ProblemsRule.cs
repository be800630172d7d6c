using System.Globalization;
using System.Text.RegularExpressions;

namespace ReportAudit.Core.Validation.Rules;

/// <summary>
/// <c>narrative.problems</c>: section 五 (存在的主要问题及改进情况) missing, a bare 无, or too short to state a problem and
/// a measure (fewer than <see cref="ValidationOptions.ProblemsMinimumCharacters"/> letters and digits). A notice: the
/// regulation asks for the section, but how much is enough is a judgement.
/// </summary>
public sealed partial class ProblemsRule : IReportRule
{
    public static RuleDescriptor Info { get; } = new(
        "narrative.problems", Severity.Notice,
        "第五部分未写明存在的主要问题及改进情况", "Section 五 does not state the main problems and how they are being addressed",
        "条例 第五十条：年度报告应当包括存在的主要问题及改进情况；《中华人民共和国政府信息公开工作年度报告格式》第五部分",
        "提示：第五部分缺失、只写“无”，或不足 40 字（可配置），写不下一个问题和一项改进措施；多少算够是判断，所以只作提示（缺失部分本身由 structure.sections 警告）。 "
        + "notice: section 五 is missing, a bare 'none', or under 40 characters (configurable), too short for one problem and one measure; how much is enough is a judgement, so only a notice (a missing section is itself structure.sections' warning).");

    public RuleDescriptor Descriptor => Info;

    public void Evaluate(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var report = context.Report;
        if (report.Sections.Count == 0)
        {
            context.NotAssessable("没有识别出任何部分 no section recognised");
            return;
        }

        if (report.Section(5) is not { } section)
        {
            context.Add(new Finding(Info.Id, Info.Severity,
                "报告没有第五部分“存在的主要问题及改进情况”（或其标题无法识别）：应写明本年存在的主要问题和改进措施",
                "the report has no section 五 “存在的主要问题及改进情况” (or its heading cannot be recognised): it should state the year's main problems and the measures taken",
                Section: 5, Expected: "问题及改进措施 problems and measures", Actual: "(缺失 missing)"));
            return;
        }

        var text = TextSimilarity.Compact(section.Text);
        var cells = section.Location.IsKnown ? new[] { section.Location } : null;
        if (text.Length == 0 || Nothing().IsMatch(text))
        {
            context.Add(new Finding(Info.Id, Info.Severity,
                $"第五部分“存在的主要问题及改进情况”只写了“{(text.Length == 0 ? "（空白）" : section.Text.Trim())}”：应写明本年存在的主要问题和改进措施",
                $"section 五 “存在的主要问题及改进情况” says only “{(text.Length == 0 ? "(blank)" : section.Text.Trim())}”: it should state the year's main problems and the measures taken",
                Section: 5, Expected: "问题及改进措施 problems and measures", Actual: text.Length == 0 ? "(空白 blank)" : text,
                Cells: cells));
            return;
        }

        var minimum = context.Options.ProblemsMinimumCharacters;
        if (text.Length < minimum)
        {
            var length = text.Length.ToString(CultureInfo.InvariantCulture);
            var wanted = minimum.ToString(CultureInfo.InvariantCulture);
            context.Add(new Finding(Info.Id, Info.Severity,
                $"第五部分“存在的主要问题及改进情况”只有 {length} 字（少于 {wanted} 字），写不下存在的问题和改进措施：“{section.Text.Trim()}”",
                $"section 五 “存在的主要问题及改进情况” has only {length} characters (under {wanted}), too short to state a problem and a measure: “{section.Text.Trim()}”",
                Section: 5, Expected: $"≥ {wanted}", Actual: length,
                Cells: cells));
        }
    }

    /// <summary>A bare "none": 无, 暂无, 没有, 无问题, 无相关情况, 本年度无.</summary>
    [GeneratedRegex(@"^(?:本年度?|本机关)?(?:暂)?(?:无|没有)(?:问题|相关情况|此类情况|需要报告的事项)?$")]
    private static partial Regex Nothing();
}
