namespace ReportAudit.Core.Serialization;

/// <summary>One cell of the stored parsed model: as printed, its number, and for an amount its unit and value in 元.</summary>
public sealed record StoredCell(string Raw, decimal? Value, string? Unit, decimal? Yuan);
