using System.Text;
using ReportAudit.Core.Model;

namespace ReportAudit.Core.Validation;

/// <summary>
/// The rule catalogue as Markdown (<c>docs/rules.md</c>), generated from the rules themselves so the document cannot
/// drift from the code: <c>check --rules --markdown &gt; docs/rules.md</c>.
/// </summary>
public static class RuleCatalogueMarkdown
{
    public static string Generate() => Generate(RuleCatalogue.All().Select(r => r.Descriptor));

    public static string Generate(IEnumerable<RuleDescriptor> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var sb = new StringBuilder();
        sb.Append("""
            # 核查规则 Validation rules

            Generated from `core/Validation` by `dotnet run --project functions/local -- check --rules --markdown > docs/rules.md`; do not edit by hand (a test compares this file with the code).

            Severities: **error** — two figures the report states disagree, or a stated fact is impossible: the report is wrong and must be corrected; **warning** — probably wrong, a person should look; **notice** — form or quality. The severity column is the highest a rule gives; a rule may give a lower one (see the end of this page).
            Verdict of a report: `failed` (any error), `warnings` (warnings, no error), `passed`, or `unparseable`. For every rule a report gets `passed`, `fired` or `not assessable` (the report lacks what the rule checks, e.g. a missing section or no report for the year before: never counted as passed). The column 前提 needs lists what a rule needs before it checks anything, checked in that order: the first one a report lacks makes the rule not assessable, and the outcome says which.

            Blanks are not stated figures. Inside a sum whose other terms are stated, a blank cell counts as 0 and the message says so (`structure.blank-cells` lists the blanks by row). When every cell on one side of a sum is blank (a blank 总计 column, a blank applicant column, a blank total cell), the arithmetic rule does not assess that column, row or group and names it in its outcome (`not assessed: …`; the rule is `not assessable` when it could assess nothing); `structure.blank-total` warns once per blank column or row group, with the figure the other side gives. Where a sum does not match but the side that falls short has blank cells, which might hold the difference, the rule gives one warning for all such places. An error needs two stated figures that disagree whatever the blanks hold.
            Deadlines (`date.late`): a department's own report (a government office 办公厅/办公室 included) by 31 January, a county-or-higher government's report for its whole level by 31 March, townships and street offices by 31 January (local rules); configuration overrides them, most specific first: `Validation:BodyDeadlines` (per body), `Validation:RegionDeadlines` (per region and kind, local rules such as departments by 28 January), `Validation:BodyKinds` (the kind of a body) and `Validation:Deadlines` (per kind). The late finding names what set the deadline. See [configuration](configuration.md).
            Messages name rows and columns as the template prints them (`（一）予以公开 · 自然人`, `行政规范性文件 · 现行有效件数`); our keys appear only in the findings' `row` and `column` fields, for scripts.

            | id | severity | 规则 | rule | 前提 needs | source 依据 |
            |---|---|---|---|---|---|

            """);
        var list = rules.ToList();
        foreach (var rule in list)
        {
            sb.Append("| `").Append(rule.Id).Append("` | ").Append(EnumNames.Name(rule.Severity))
                .Append(" | ").Append(Escape(rule.TitleZh)).Append(" | ").Append(Escape(rule.TitleEn))
                .Append(" | ").Append(rule.Preconditions.Count == 0 ? "—" : Escape(string.Join("; ", rule.Preconditions.Select(p => p.Needs))))
                .Append(" | ").Append(Escape(rule.Source)).Append(" |\n");
        }

        sb.Append("""

            ## 级别依据 What makes each finding an error, a warning or a notice

            A rule that can only guess (figures read from prose, similarity of texts, the kind of body inferred from its name) never makes an error.

            """);
        foreach (var rule in list)
        {
            sb.Append("- `").Append(rule.Id).Append("` (").Append(EnumNames.Name(rule.Severity)).Append("): ")
                .Append(rule.Calibration.Length > 0 ? rule.Calibration : "—").Append('\n');
        }

        return sb.ToString().Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
