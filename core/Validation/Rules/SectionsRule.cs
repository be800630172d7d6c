using ReportAudit.Core.Model;

namespace ReportAudit.Core.Validation.Rules;

/// <summary><c>structure.sections</c>: all six sections, in order.</summary>
public sealed class SectionsRule : IReportRule
{
    public static RuleDescriptor Info { get; } = new(
        "structure.sections", Severity.Warning,
        "六个部分齐全且顺序正确", "All six sections present and in order",
        "《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）",
        "警告：缺少某一部分或顺序不对，多半是报告不全，也可能是标题没有识别出来，需要人看；不作为错误，因为标题识别可能有误。 warning: a missing or misplaced section most likely means an incomplete report, but the heading may simply not have been recognised; a person should look, so not an error.");

    public RuleDescriptor Descriptor => Info;

    public void Evaluate(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var sections = context.Report.Sections;
        var missing = Enumerable.Range(1, 6).Where(n => sections.All(s => s.Number != n)).ToList();
        if (missing.Count > 0)
        {
            var zh = string.Join("、", missing.Select(n => $"第{ReportSection.Numerals[n - 1]}部分"));
            var en = string.Join(", ", missing.Select(n => ReportSection.Numerals[n - 1]));
            context.Add(new Finding(Info.Id, Info.Severity,
                $"报告缺少{zh}（或其标题无法识别）；该部分的核查无法进行",
                $"the report lacks section(s) {en} (or their headings cannot be recognised); their checks cannot run",
                Section: missing.Count == 1 ? missing[0] : null,
                Expected: "一、二、三、四、五、六",
                Actual: string.Join("、", sections.Select(s => s.Numeral))));
        }

        for (var i = 1; i < sections.Count; i++)
        {
            if (sections[i].Number <= sections[i - 1].Number)
            {
                context.Add(new Finding(Info.Id, Info.Severity,
                    $"第{sections[i].Numeral}部分出现在第{sections[i - 1].Numeral}部分之后，顺序不对",
                    $"section {sections[i].Numeral} comes after section {sections[i - 1].Numeral}: out of order",
                    Section: sections[i].Number,
                    Cells: sections[i].Location.IsKnown ? [sections[i].Location] : null));
            }
        }
    }
}
