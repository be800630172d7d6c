using System.Text;

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

            Severities: **error** — the report is wrong and must be corrected; **warning** — probably wrong, a person should look; **notice** — form or quality.
            Verdict of a report: `failed` (any error), `warnings` (warnings, no error), `passed`, or `unparseable`. For every rule a report gets `passed`, `fired` or `not assessable` (the report lacks what the rule checks, e.g. a missing section or no report for the year before: never counted as passed).

            Arithmetic rules count a blank cell as 0 and say so in their message (`structure.blank-cells` lists the blanks); a blank total is taken from its parts, and a blank total whose parts are not all zero is `structure.blank-total`.
            Deadlines (`date.late`): a department's own report (a government office 办公厅/办公室 included) by 31 January, a county-or-higher government's report for its whole level by 31 March, townships and street offices by 31 January (local rules); configuration `Validation:BodyKinds` (per body) and `Validation:Deadlines` (per kind) override them.

            | id | severity | 规则 | rule | source 依据 |
            |---|---|---|---|---|

            """);
        foreach (var rule in rules)
        {
            sb.Append("| `").Append(rule.Id).Append("` | ").Append(rule.Severity.ToString().ToLowerInvariant())
                .Append(" | ").Append(Escape(rule.TitleZh)).Append(" | ").Append(Escape(rule.TitleEn))
                .Append(" | ").Append(Escape(rule.Source)).Append(" |\n");
        }

        return sb.ToString().Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
