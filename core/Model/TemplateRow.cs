namespace ReportAudit.Core.Model;

/// <summary>
/// One row of a template table: its canonical key, its label in the official wording,
/// the phrases that identify it in a real report, and its column keys.
/// </summary>
/// <param name="Key">Canonical row key, e.g. <c>result.withheld.3</c>.</param>
/// <param name="Label">The official label (simplified characters).</param>
/// <param name="Phrases">Normalised phrases that identify the row's label cell.</param>
/// <param name="Columns">The row's column keys, left to right.</param>
/// <param name="ExactMatch">True when a label cell must equal a phrase (short labels such as 规章).</param>
/// <param name="KeepOrdinal">True when the phrase includes the label's ordinal (3其他), which tells it from a group label (六其他).</param>
public sealed record TemplateRow(string Key, string Label, IReadOnlyList<string> Phrases, IReadOnlyList<string> Columns, bool ExactMatch = false, bool KeepOrdinal = false);
