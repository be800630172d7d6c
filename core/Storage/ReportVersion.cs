using ReportAudit.Core.Validation;

namespace ReportAudit.Core.Storage;

/// <summary>
/// One version of a body's report for a year, in arrival order (in <c>BodyIndex</c>: partition = body
/// key, row = <c>{year}~v{number:D4}</c>). A new version is recorded when the same body and year arrives
/// with different content, as a new blob or by overwriting the old one.
/// </summary>
/// <param name="Number">1 for the first version seen, then 2, 3, …</param>
/// <param name="ReportId">The report (blob) this version was read from.</param>
/// <param name="ContentHash">SHA-256 of the file, as in <see cref="StoredReport.ContentHash"/>.</param>
/// <param name="ParsedId">The id of this version's parsed JSON in the parsed store, kept after later versions replace the report's own copy.</param>
/// <param name="Change">What changed since the version before (null for the first).</param>
public sealed record ReportVersion(
    string BodyKey,
    int Year,
    int Number,
    string ReportId,
    string BlobPath,
    string ContentHash,
    string ParsedId,
    DateTimeOffset ReceivedAt,
    VersionChange? Change);
