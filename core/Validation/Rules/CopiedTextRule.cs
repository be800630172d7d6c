using System.Globalization;

namespace ReportAudit.Core.Validation.Rules;

/// <summary>
/// <c>crossyear.copied-text</c>: the narrative of section 一 (总体情况) or section 五 (存在的主要问题及改进情况) copied from
/// the same body's report of the year before (内容雷同). Similarity is the share of this year's 4-character shingles
/// found in last year's text, figures masked (<see cref="TextSimilarity"/>); at or above
/// <see cref="ValidationOptions.CopiedTextThreshold"/> (default 80%) the section counts as copied. A warning, never an
/// error: similar wording can be legitimate, and a person should read both.
/// </summary>
public sealed class CopiedTextRule : IReportRule
{
    private const int ShownPassage = 80;

    private static readonly (int Section, string Name)[] Sections = [(1, "总体情况"), (5, "存在的主要问题及改进情况")];

    public static RuleDescriptor Info { get; } = new(
        "crossyear.copied-text", Severity.Warning,
        "第一、五部分与上一年度报告内容雷同", "Sections 一 and 五 copied from the year before's report",
        "条例 第五十条：年度报告应当报告本年度的工作、存在的主要问题及改进情况（逐年照抄不是报告）",
        "警告：本年文字（按 4 字片段、数字不计）有 80% 以上（可配置）出现在同一机关上一年度报告的同一部分中；相似只是推断，措辞相近也可能合理，所以从不作为错误。 "
        + "warning: 80% or more (configurable) of this year's text, in 4-character shingles with figures masked, occurs in the same section of the body's report of the year before; similarity is only an inference and similar wording can be legitimate, so it is never an error.");

    public RuleDescriptor Descriptor => Info;

    public void Evaluate(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (CrossYear.Unassessable(context) is { } reason)
        {
            context.NotAssessable(reason);
            return;
        }

        var previous = context.Previous!;
        var options = context.Options;
        var compared = 0;
        foreach (var (number, name) in Sections)
        {
            var before = number == 1 ? previous.SectionOneText : previous.SectionFiveText;
            if (context.Report.Section(number) is not { } section || before is null)
            {
                continue;
            }

            var now = TextSimilarity.Compact(section.Text);
            if (now.Length > PreviousYearFigures.MaxTextLength)
            {
                now = now[..PreviousYearFigures.MaxTextLength];
            }

            if (now.Length < options.CopiedTextMinimumCharacters || before.Length < options.CopiedTextMinimumCharacters)
            {
                continue; // too short to tell copying from a standard sentence.
            }

            compared++;
            var similarity = TextSimilarity.Containment(now, before);
            if (similarity < options.CopiedTextThreshold)
            {
                continue;
            }

            var passage = TextSimilarity.LongestCommonPassage(now, before);
            var shown = passage.Length > ShownPassage ? passage[..ShownPassage] + "…" : passage;
            var numeral = Model.ReportSection.Numerals[number - 1];
            var lastYear = previous.Year.ToString(CultureInfo.InvariantCulture);
            var percent = TextSimilarity.Percent(similarity);
            var threshold = TextSimilarity.Percent(options.CopiedTextThreshold);
            var length = passage.Length.ToString(CultureInfo.InvariantCulture);
            context.Add(new Finding(Info.Id, Info.Severity,
                $"第{numeral}部分（{name}）与本机关 {lastYear} 年度报告（{previous.ReportId}）的同一部分内容雷同：相似度 {percent}（阈值 {threshold}），最长的相同段落 {length} 字：“{shown}”",
                $"section {numeral} ({name}) repeats the same section of this body's {lastYear} report ({previous.ReportId}): similarity {percent} (threshold {threshold}), the longest shared passage is {length} characters: “{shown}”",
                Section: number,
                Expected: $"< {threshold}", Actual: percent,
                Cells: section.Location.IsKnown ? [section.Location] : null));
        }

        if (compared == 0)
        {
            context.NotAssessable("本年或上一年度报告的第一、五部分缺失或太短，无从比较 sections 一 and 五 missing or too short in this or last year's report");
        }
    }
}
