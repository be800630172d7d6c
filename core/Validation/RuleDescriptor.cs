namespace ReportAudit.Core.Validation;

/// <summary>What a rule is: its stable slug id, severity, bilingual title and where the rule comes from.</summary>
/// <param name="Id">Stable slug, e.g. <c>balance.applications</c>; never reused.</param>
/// <param name="Severity">The highest severity of its findings (a rule may give a lower one, as <paramref name="Calibration"/> says).</param>
/// <param name="TitleZh">Title in Chinese.</param>
/// <param name="TitleEn">Title in English.</param>
/// <param name="Source">The template's own note, the regulation's article, or "plausibility".</param>
/// <param name="Calibration">
/// What makes a finding of this rule an error, a warning or a notice, and why (Chinese, then English), for
/// <c>docs/rules.md</c>. A rule that can only guess (prose extraction, similarity) never makes an error.
/// </param>
public sealed record RuleDescriptor(string Id, Severity Severity, string TitleZh, string TitleEn, string Source, string Calibration = "");
