using System.Globalization;
using ReportAudit.Core.Model;

namespace ReportAudit.Core.Validation.Rules;

/// <summary>
/// <c>crossyear.in-force</c>: for 规章 and 规范性文件, last year's 现行有效件数 + this year's 本年制发件数 − 本年废止件数
/// = this year's 现行有效件数 (2021 template both years; a warning, because clean-ups happen).
/// </summary>
public sealed class InForceRule : IReportRule
{
    private static readonly string[] Rows = ["regulations", "normative_documents"];

    public static RuleDescriptor Info { get; } = new(
        "crossyear.in-force", Severity.Warning,
        "现行有效件数与上年数、本年制发和废止件数相符", "In-force count follows from last year's, issued and repealed",
        "第二部分表格：上年现行有效 + 本年制发 − 本年废止 = 本年现行有效（清理文件时可能不符）",
        "警告：上年现行有效 + 本年制发 − 本年废止 与本年现行有效不符；集中清理文件时可以合理地不符，所以只作警告。 warning: last year's in force + issued − repealed differs from this year's in force; a clean-up of documents can explain it, so only a warning.");

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

        var previous = context.Previous!;
        if (report.Template != TemplateVersion.V2021 || previous.Year < TemplateOutdatedRule.FirstYearOf2021Template)
        {
            context.NotAssessable("两年不都是 2021 年版模板（2019 年版没有现行有效件数） not both years on the 2021 template");
            return;
        }

        var compared = 0;
        foreach (var row in Rows)
        {
            var before = row == "regulations" ? previous.RegulationsInForce : previous.NormativeDocumentsInForce;
            var inForce = report.ActiveDisclosure[row, "in_force"];
            if (before is not { } last || inForce?.Number is not { } now)
            {
                continue;
            }

            compared++;
            var issued = report.ActiveDisclosure[row, "issued"];
            var repealed = report.ActiveDisclosure[row, "repealed"];
            var expected = last + (issued?.ValueOrZero ?? 0m) - (repealed?.ValueOrZero ?? 0m);
            if (expected == now)
            {
                continue;
            }

            var label = TemplateCatalog.ActiveDisclosureRowLabel(row);
            var lastYear = previous.Year.ToString(CultureInfo.InvariantCulture);
            var sum = $"{Terms.N(last)}+{Terms.N(issued?.ValueOrZero ?? 0m)}-{Terms.N(repealed?.ValueOrZero ?? 0m)} = {Terms.N(expected)}";
            var blanks = new[] { (issued, "issued"), (repealed, "repealed") }.Where(c => c.Item1 is null || c.Item1.IsBlank).Select(c => Labels.Cell(2, row, c.Item2)).ToList();
            context.Add(new Finding(Info.Id, Info.Severity,
                $"{label}：{lastYear} 年现行有效 + 本年制发 − 本年废止 = {sum}，本年现行有效件数为 {Terms.N(now)}，差 {Terms.N(Math.Abs(expected - now))}（如有集中清理请在报告中说明）{Terms.BlankNoteZh(blanks)}",
                $"{label}: {lastYear} 现行有效 in force + 本年制发 issued − 本年废止 repealed = {sum}, in force now {Terms.N(now)}, difference {Terms.N(Math.Abs(expected - now))} (a clean-up should be explained){Terms.BlankNoteEn(blanks)}",
                2, row, "in_force",
                Expected: Terms.N(expected), Actual: Terms.N(now),
                Cells: new[] { issued, repealed, inForce }.Where(c => c is not null && c.Location.IsKnown).Select(c => c!.Location).ToArray()));
        }

        if (compared == 0)
        {
            context.NotAssessable("现行有效件数空白 in-force counts blank");
        }
    }
}
