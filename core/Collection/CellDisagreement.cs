namespace ReportAudit.Core.Collection;

/// <summary>A cell the copies do not agree on: its key and each copy's value (null when blank or missing there).</summary>
public sealed record CellDisagreement(string Cell, IReadOnlyDictionary<string, decimal?> ValueBySource);
