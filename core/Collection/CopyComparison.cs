namespace ReportAudit.Core.Collection;

/// <summary>The report of record among a body's copies for a year, and the cells where the readable copies differ.</summary>
public sealed record CopyComparison(ReportCopy Record, IReadOnlyList<ReportCopy> Copies, IReadOnlyList<CellDisagreement> Disagreements);
