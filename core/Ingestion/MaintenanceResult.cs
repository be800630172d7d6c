namespace ReportAudit.Core.Ingestion;

/// <summary>What a reprocess or retry run did.</summary>
public sealed record MaintenanceResult(int Selected, int Processed, int BlobMissing, int Failed);
