namespace ReportAudit.Core.Parsing;

/// <summary>One labelled field of a page's chrome or info table (来源：X, 发布日期 | 2024-01-04), with the piece it was read from.</summary>
/// <param name="Label">The label, simplified, without spaces or colon (发布机构).</param>
/// <param name="Value">The value as written, trimmed.</param>
/// <param name="Piece">Index of the piece that holds the label.</param>
internal readonly record struct PageField(string Label, string Value, int Piece);
