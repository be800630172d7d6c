namespace ReportAudit.Core.Ingestion;

/// <summary>One file's upload: where it came from, the blob it went to (or would have), what happened and why.</summary>
/// <param name="Source">The local path or name the file was offered under.</param>
/// <param name="BlobName">The blob path inside the reports container; null when no name could be made.</param>
/// <param name="Code">A stable code for the reason: <c>already-there</c>, <c>too-large</c>, <c>not-a-report</c>, <c>empty</c>, <c>unreadable</c>, <c>no-region</c>.</param>
/// <param name="Reason">Why it was skipped or refused, Chinese first, English beside it; null when uploaded.</param>
/// <param name="Existing">For a skipped file, the blob that already holds the same content.</param>
public sealed record UploadResult(string Source, string? BlobName, UploadDisposition Disposition, string? Code = null, string? Reason = null, string? Existing = null);
