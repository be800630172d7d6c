namespace ReportAudit.Core.Ingestion;

/// <summary>The one entry point the blob trigger calls: parse, validate and store an uploaded report, idempotently.</summary>
public interface IReportIngestion
{
    Task<IngestionOutcome> IngestAsync(string blobPath, Stream content, string? blobETag, CancellationToken cancellationToken = default);

    /// <summary>As above; with <paramref name="force"/>, even unchanged content is processed again.</summary>
    Task<IngestionOutcome> IngestAsync(string blobPath, Stream content, string? blobETag, bool force, CancellationToken cancellationToken = default);

    /// <summary>As above, with what the host knows about the blob: the uploader's body (metadata or path) and when it was received.</summary>
    Task<IngestionOutcome> IngestAsync(UploadedBlob upload, Stream content, bool force, CancellationToken cancellationToken = default);

    /// <summary>Records an upload the host gave up on (the poison path), keeping what was stored before.</summary>
    Task RecordFailureAsync(string blobPath, string reason, CancellationToken cancellationToken = default);

    /// <summary>Marks the report of a deleted blob as <see cref="Storage.StoredReport.SourceDeleted"/> (it leaves the counts, lists and exports).</summary>
    Task MarkSourceDeletedAsync(string blobPath, CancellationToken cancellationToken = default);
}
