namespace ReportAudit.Core.Validation;

/// <summary>One body's publication deadline for one report year, and which rule set it.</summary>
/// <param name="Date">The last day to publish.</param>
/// <param name="Kind">The kind of body the deadline was chosen for, and why.</param>
/// <param name="SourceZh">What set the date, in Chinese: 条例 第四十九条, or the configured local rule with its setting.</param>
/// <param name="SourceEn">What set the date, in English.</param>
public sealed record Deadline(DateOnly Date, BodyKindClassification Kind, string SourceZh, string SourceEn);
