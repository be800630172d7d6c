using ReportAudit.Core.Model;
using ReportAudit.Core.Parsing;

namespace ReportAudit.Core.Ingestion;

/// <summary>
/// An uploaded report file as the host sees it: its path, ETag, metadata and creation time. The uploader may name
/// the body in the blob metadata <c>body</c> (percent-encoded, as metadata values are ASCII), or by the path
/// <c>{region}/{body}/{file}</c>: exactly three segments whose middle one has Chinese characters, so that the usual
/// <c>{region}/{file}</c> names and ASCII folders (<c>hebei/2023/x.pdf</c>) keep their meaning. Either wins over
/// what the file says.
/// </summary>
/// <param name="Path">The blob path inside the reports container.</param>
/// <param name="ETag">The blob's ETag, when the host gives it.</param>
/// <param name="Metadata">The blob metadata, when the host gives it.</param>
/// <param name="ReceivedAt">When the blob was created (or last modified), when the host gives it.</param>
public sealed record UploadedBlob(string Path, string? ETag, IReadOnlyDictionary<string, string>? Metadata = null, DateTimeOffset? ReceivedAt = null)
{
    /// <summary>The blob metadata key an uploader names the body with.</summary>
    public const string BodyMetadataKey = "body";

    /// <summary>The content's length in bytes when the host knows it (the blob's Content-Length), so that a stream that cannot seek is still read into one array of that length.</summary>
    public long? Length { get; init; }

    /// <summary>The body the uploader named: the metadata first, then the path convention; null when neither says.</summary>
    public (string Body, BodySource Source)? UploaderBody()
    {
        if (Metadata is not null)
        {
            foreach (var (key, value) in Metadata)
            {
                if (string.Equals(key, BodyMetadataKey, StringComparison.OrdinalIgnoreCase) && Decode(value) is { Length: > 0 } named)
                {
                    return (named, BodySource.Uploader);
                }
            }
        }

        var segments = (Path ?? string.Empty).Trim('/').Split('/');
        if (segments.Length == 3 && segments[1].Trim() is { Length: >= 2 } folder && folder.Any(c => c is >= '\u4E00' and <= '\u9FFF'))
        {
            return (folder, BodySource.UploadPath);
        }

        return null;
    }

    /// <summary>The parse hints: the uploader's body, and when the file was received (<paramref name="now"/> when the host does not say).</summary>
    public ParseHints Hints(DateTimeOffset now) => UploaderBody() is { } named
        ? new ParseHints(named.Body, named.Source, ReceivedAt ?? now)
        : ParseHints.ReceivedOn(ReceivedAt ?? now);

    private static string? Decode(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        try
        {
            return Uri.UnescapeDataString(value).Trim();
        }
        catch (UriFormatException)
        {
            return value.Trim();
        }
    }
}
