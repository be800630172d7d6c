using System.Security.Cryptography;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

using ReportAudit.Core.Storage;

namespace ReportAudit.Core.Ingestion;

/// <summary>
/// Uploads report files into the reports container, where the blob trigger picks them up: the body the uploader
/// knows goes into the metadata <see cref="UploadedBlob.BodyMetadataKey"/>, the content's SHA-256 into
/// <see cref="Sha256MetadataKey"/> and its MD5 into Content-MD5. Content already in the region (the same hash under
/// any name, or uploaded earlier in this run) is skipped, so running an upload twice stores nothing twice; files the
/// parser would refuse are refused here, with the reason (<see cref="UploadScreening"/>). One instance per run: it
/// remembers what it has seen.
/// </summary>
public sealed class ReportUploader(BlobContainerClient container, long maxInputBytes, IReportEventQueue? events = null)
{
    /// <summary>The blob metadata key holding the SHA-256 of the content (lower-case hex).</summary>
    public const string Sha256MetadataKey = "sha256";

    /// <summary>Per region: content hash (SHA-256 hex, or MD5 base64 for blobs uploaded without our metadata) → blob name.</summary>
    private readonly Dictionary<string, Dictionary<string, string>> _known = new(StringComparer.Ordinal);

    public async Task<UploadResult> UploadAsync(UploadRequest request, Func<Stream> open, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(open);
        var name = request.BlobName;
        if (name is null)
        {
            return new UploadResult(request.Source, null, UploadDisposition.Refused, UploadScreening.NoRegion, "没有地区 no region: 请用 --region 或清单的 region 列 give --region or a manifest row");
        }

        byte[] content;
        try
        {
            var read = await ReadAsync(open, cancellationToken).ConfigureAwait(false);
            if (read.TooLarge is { } length)
            {
                return new UploadResult(request.Source, name, UploadDisposition.Refused, UploadScreening.TooLarge, UploadScreening.SizeRefusal(length, maxInputBytes));
            }

            content = read.Content!;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new UploadResult(request.Source, name, UploadDisposition.Refused, UploadScreening.Unreadable, UploadScreening.Describe(e));
        }

        if (UploadScreening.TypeRefusal(content) is { } notAReport)
        {
            return new UploadResult(request.Source, name, UploadDisposition.Refused, content.Length == 0 ? UploadScreening.Empty : UploadScreening.NotAReport, notAReport);
        }

        var sha256 = UploadScreening.Sha256(content);
        var md5 = MD5.HashData(content);
        var known = await KnownAsync(request.Region!.Trim().Trim('/'), cancellationToken).ConfigureAwait(false);
        if (known.TryGetValue(sha256, out var existing) || known.TryGetValue(Convert.ToBase64String(md5), out existing))
        {
            return new UploadResult(request.Source, name, UploadDisposition.Skipped, UploadScreening.AlreadyThere, $"内容已存在 already there: {existing}", existing);
        }

        var metadata = new Dictionary<string, string> { [Sha256MetadataKey] = sha256 };
        if (!string.IsNullOrWhiteSpace(request.Body))
        {
            metadata[UploadedBlob.BodyMetadataKey] = UploadScreening.EncodeBody(request.Body);
        }

        var stored = await container.GetBlobClient(name).UploadAsync(
            BinaryData.FromBytes(content),
            new BlobUploadOptions { Metadata = metadata, HttpHeaders = new BlobHttpHeaders { ContentHash = md5, ContentType = ContentType(name) } },
            cancellationToken).ConfigureAwait(false);
        if (events is not null)
        {
            // Where nothing else raises the created event (locally), the upload does, so the trigger checks the file at once.
            await events.EnqueueCreatedAsync(container.Name, name, stored.Value.ETag.ToString(), cancellationToken).ConfigureAwait(false);
        }

        known[sha256] = name;
        return new UploadResult(request.Source, name, UploadDisposition.Uploaded);
    }

    /// <summary>Reads the file, or only its length when it is longer than the parser accepts (a huge file is never loaded).</summary>
    private async Task<(byte[]? Content, long? TooLarge)> ReadAsync(Func<Stream> open, CancellationToken cancellationToken)
    {
        await using var stream = open();
        if (stream.CanSeek && stream.Length > maxInputBytes)
        {
            return (null, stream.Length);
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            buffer.Write(chunk, 0, n);
            if (buffer.Length > maxInputBytes)
            {
                return (null, buffer.Length);
            }
        }

        return (buffer.ToArray(), null);
    }

    /// <summary>The content hashes already stored under the region, read once per region with one listing.</summary>
    private async Task<Dictionary<string, string>> KnownAsync(string region, CancellationToken cancellationToken)
    {
        if (_known.TryGetValue(region, out var known))
        {
            return known;
        }

        known = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            await foreach (var blob in container.GetBlobsAsync(BlobTraits.Metadata, BlobStates.None, region + "/", cancellationToken).ConfigureAwait(false))
            {
                if (blob.Metadata.TryGetValue(Sha256MetadataKey, out var sha256))
                {
                    known.TryAdd(sha256, blob.Name);
                }

                if (blob.Properties.ContentHash is { Length: > 0 } md5)
                {
                    known.TryAdd(Convert.ToBase64String(md5), blob.Name);
                }
            }
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // No container yet: nothing is there.
            await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        _known[region] = known;
        return known;
    }

    private static string ContentType(string name) => Path.GetExtension(name).ToLowerInvariant() switch
    {
        ".pdf" => "application/pdf",
        ".docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ".html" or ".htm" or ".shtml" => "text/html",
        ".txt" => "text/plain",
        _ => "application/octet-stream",
    };
}
