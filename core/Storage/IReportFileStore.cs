namespace ReportAudit.Core.Storage;

/// <summary>The uploaded files (the <c>reports</c> container), read again to reprocess or retry.</summary>
public interface IReportFileStore
{
    /// <summary>Opens a file with its ETag, metadata (the uploader's <c>body</c>) and creation time, or null when it is gone.</summary>
    Task<(Stream Content, string? ETag, long Size, IDictionary<string, string> Metadata, DateTimeOffset CreatedOn)?> OpenAsync(string blobPath, CancellationToken cancellationToken = default);

    /// <summary>The file's current ETag (one properties read, no content), or null when it is gone.</summary>
    Task<string?> ETagAsync(string blobPath, CancellationToken cancellationToken = default);

    /// <summary>Every file in the container with its ETag and when it was last written.</summary>
    IAsyncEnumerable<(string BlobPath, string ETag, DateTimeOffset LastModified)> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>Writes a file (replacing one of the same name) and returns its new ETag.</summary>
    Task<string> UploadAsync(string blobPath, Stream content, CancellationToken cancellationToken = default);

    /// <summary>A link a user can open to download the original (a SAS link for shared-key connections, the plain URL otherwise).</summary>
    Uri LinkTo(string blobPath);
}
