namespace ReportAudit.Core.Ingestion;

/// <summary>A file to upload: its name below the region, the region (first folder of the blob path) and the body when the uploader knows it.</summary>
/// <param name="Source">The local path or name, for the summary.</param>
/// <param name="RelativeName">The file's path below the region, with <c>/</c> between folders (a Chinese middle folder names the body, see <see cref="UploadedBlob"/>).</param>
public sealed record UploadRequest(string Source, string RelativeName, string? Region, string? Body = null)
{
    /// <summary>The blob path: <c>{region}/{relative name}</c>; null without a region.</summary>
    public string? BlobName => string.IsNullOrWhiteSpace(Region) ? null : Region.Trim().Trim('/') + "/" + RelativeName.Replace('\\', '/').TrimStart('/');
}
