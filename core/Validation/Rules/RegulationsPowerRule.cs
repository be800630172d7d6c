using ReportAudit.Core.Model;
using ReportAudit.Core.Parsing.Normalization;

namespace ReportAudit.Core.Validation.Rules;

/// <summary>
/// <c>plausibility.regulations-power</c>: non-zero 规章 figures from a body that cannot make 规章. Only the State Council's
/// ministries and agencies, provincial governments and the governments of cities with districts (and autonomous
/// prefectures) make 规章, and their offices report them; a county or district government, a local department or
/// bureau, a township or street office does not. A city's government is given the benefit of the doubt (a
/// county-level city cannot be told from its name).
/// </summary>
public sealed class RegulationsPowerRule : IReportRule
{
    private static readonly string[] GovernmentSuffixes = ["人民政府办公室", "人民政府办公厅", "政府办公室", "政府办公厅", "人民政府", "政府办", "政府"];

    private static readonly string[] NationalPrefixes = ["国家", "国务院", "中华人民共和国", "中国"];

    private static readonly string[] NationalSuffixes = ["部", "总署", "总局", "委员会", "银行", "署"];

    public static RuleDescriptor Info { get; } = new(
        "plausibility.regulations-power", Severity.Warning,
        "无规章制定权的机关填报了规章数字", "规章 figures from a body without rule-making power",
        "plausibility（《立法法》第九十一条、第九十三条：规章由国务院部门、省级和设区的市级人民政府制定）",
        "警告：由机关名称推断其没有规章制定权，却填报了规章数字；名称推断可能有误（如县级市），所以不作为错误。 warning: the body's name suggests it cannot make 规章, yet it reports 规章 figures; inferred from the name (a county-level city cannot be told), so not an error.");

    public RuleDescriptor Descriptor => Info;

    public void Evaluate(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var report = context.Report;
        if (!report.ActiveDisclosure.HasRow("regulations"))
        {
            context.NotAssessable("第二部分没有规章一行 section 二 has no 规章 row");
            return;
        }

        var nonZero = report.ActiveDisclosure.Row("regulations").Where(c => c.Value.Number is { } n && n != 0).ToList();
        if (nonZero.Count == 0)
        {
            return;
        }

        var name = BodyKindClassifier.NameFromTitle(report.Title);
        if (name.Length == 0)
        {
            name = string.IsNullOrWhiteSpace(report.Body) ? string.Empty : ChineseText.Normalize(report.Body);
        }

        if (name.Length == 0)
        {
            context.NotAssessable("报告没有写明发布机关 no body named");
            return;
        }

        if (WhyNoPower(name) is not { } why)
        {
            return;
        }

        var figures = string.Join("、", nonZero.Select(c => $"{Labels.Column(2, c.Key)} {Terms.N(c.Value.Number!.Value)}"));
        context.Add(new Finding(Info.Id, Info.Severity,
            $"“{name}”是{why.Zh}，没有规章制定权，却填报了规章数字（{figures}）；规章一行应为 0，本机关制发的文件应计入规范性文件",
            $"'{name}' is {why.En} without rule-making power, yet reports 规章 figures ({figures}); the row should be 0 and its own documents count as normative documents",
            2, "regulations", nonZero.Count == 1 ? nonZero[0].Key : null,
            Expected: "0", Actual: figures,
            Cells: nonZero.Select(c => c.Value.Location).Where(l => l.IsKnown).ToArray()));
    }

    /// <summary>Why the named body cannot make 规章 (Chinese, English), or null when it can or it cannot be told.</summary>
    internal static (string Zh, string En)? WhyNoPower(string name)
    {
        if (NationalPrefixes.Any(p => name.StartsWith(p, StringComparison.Ordinal)))
        {
            return null;
        }

        if (name.Contains("街道", StringComparison.Ordinal) || name.EndsWith('乡') || name.EndsWith('镇')
            || name.Contains("乡人民政府", StringComparison.Ordinal) || name.Contains("镇人民政府", StringComparison.Ordinal))
        {
            return ("乡镇人民政府或街道办事处", "a township government or street office");
        }

        var jurisdiction = GovernmentSuffixes.FirstOrDefault(s => name.EndsWith(s, StringComparison.Ordinal)) is { } suffix
            ? name[..^suffix.Length]
            : "省市区县旗州盟".Contains(name[^1], StringComparison.Ordinal) ? name : null;
        if (jurisdiction is not null)
        {
            if (jurisdiction.Length == 0 || jurisdiction.EndsWith("自治区", StringComparison.Ordinal))
            {
                return null;
            }

            return jurisdiction[^1] is '区' or '县' or '旗'
                ? ("县级人民政府（县、区、旗）或其办公室", "a county or district government or its office")
                : null;
        }

        var local = name.AsSpan().IndexOfAny("省市区县旗州盟") >= 0;
        if (!local && NationalSuffixes.Any(s => name.EndsWith(s, StringComparison.Ordinal)))
        {
            return null;
        }

        return ("地方人民政府的工作部门", "a local government department");
    }
}
