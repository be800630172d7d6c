using System.Text.Json.Nodes;
using Azure.Storage.Blobs;
using ReportAudit.Core.Ingestion;
using ReportAudit.Core.Parsing;
using ReportAudit.Core.Storage;
using ReportAudit.Core.Storage.Tables;

namespace ReportAudit.Core.Api;

/// <summary>
/// <c>POST /api/uploads?region=R&amp;name=F[&amp;body=B]</c>, the dashboard's upload: the request body is the file's bytes.
/// It goes through the <c>upload</c> command's own path, <see cref="ReportUploader"/> (the same size and type screening,
/// the same content-hash skip, the same created-blob event for the queue trigger), so nothing here decides about a file
/// a second way. The size limit is the parser's (<see cref="ParserOptions.MaxInputBytes"/>), checked on the declared
/// length first and again while the body streams in (the uploader stops reading past it). A refused file is answered
/// with the reason and stored nowhere, as the command does; a file that passes but cannot be parsed is recorded by the
/// trigger with its reason, as every upload is; a name the trigger would refuse is recorded here as the trigger would.
/// </summary>
public sealed class UploadApi(BlobServiceClient service, StorageOptions options, ReportParser parser, IReportEventQueue events, IReportIngestion ingestion, IReportRepository reports)
{
    /// <summary>The longest file name kept (the blob path's last segment).</summary>
    public const int MaxNameLength = 200;

    /// <summary>The longest region name (the blob path's first folder).</summary>
    public const int MaxRegionLength = 100;

    public async Task<ApiResult> UploadAsync(ApiRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var region = request.Query("region")?.Trim();
        if (string.IsNullOrEmpty(region) || region.Length > MaxRegionLength || region.IndexOfAny(['/', '\\']) >= 0 || region is "." or ".." || region.Any(char.IsControl))
        {
            return ApiResult.BadRequest("region", $"region 应为地区名（上传路径第一级目录，不含 / 和控制字符，至多 {MaxRegionLength} 字） must be a region name: the first folder of the blob path, without / or control characters, at most {MaxRegionLength} characters");
        }

        // Only the file's own name: a path the browser or a script sends cannot place the file in another folder.
        var name = request.Query("name")?.Replace('\\', '/');
        name = name?[(name.LastIndexOf('/') + 1)..].Trim();
        if (string.IsNullOrEmpty(name) || name is "." or ".." || name.Length > MaxNameLength)
        {
            return ApiResult.BadRequest("name", $"name 应为文件名（至多 {MaxNameLength} 字） must be the file name, at most {MaxNameLength} characters");
        }

        var body = request.Query("body")?.Trim();
        if (body is { Length: > MaxNameLength })
        {
            return ApiResult.BadRequest("body", $"body 为发布机关名称，至多 {MaxNameLength} 字 must be the body's name, at most {MaxNameLength} characters");
        }

        var upload = new UploadRequest(name, name, region, string.IsNullOrEmpty(body) ? null : body);
        var blobPath = upload.BlobName!;
        if (BlobNames.Refusal(blobPath) is { } badName)
        {
            // The trigger records such a name on the report's row and never reads the file; so does this, without writing a blob that would break listings.
            await ingestion.RecordFailureAsync(blobPath, badName, cancellationToken).ConfigureAwait(false);
            return ApiResult.BadRequest("name", badName);
        }

        var maxBytes = parser.Options.MaxInputBytes;
        if (request.ContentLength is { } declared && UploadScreening.SizeRefusal(declared, maxBytes) is { } tooLarge)
        {
            return Refused(413, "文件过大 Payload too large", UploadScreening.TooLarge, tooLarge, blobPath);
        }

        // What the report's row said before this upload: a client polling for the new verdict waits until it changes.
        var before = await reports.GetAsync(TableKeys.ReportId(blobPath), cancellationToken).ConfigureAwait(false);
        var container = service.GetBlobContainerClient(options.ReportsContainer);
        var uploader = new ReportUploader(container, maxBytes, options.EnqueueOnUpload ? events : null);
        var result = await uploader.UploadAsync(upload, () => new NonDisposingStream(request.Body), cancellationToken).ConfigureAwait(false);
        return result switch
        {
            { Disposition: UploadDisposition.Uploaded } => Answer(202, "uploaded", blobPath, null, before?.ProcessedAt),
            { Disposition: UploadDisposition.Skipped } => Answer(200, "skipped", result.Existing ?? blobPath, result.Reason, null),
            { Code: UploadScreening.TooLarge } => Refused(413, "文件过大 Payload too large", result.Code, result.Reason!, blobPath),
            { Code: UploadScreening.NotAReport } => Refused(415, "不是报告文件类型 Unsupported media type", result.Code, result.Reason!, blobPath),
            _ => Refused(400, "文件被拒绝 File refused", result.Code ?? "refused", result.Reason ?? string.Empty, blobPath),
        };
    }

    /// <summary>
    /// Accepted (202) or already there (200): the report's id, its blob and a Location of the report; for a file that
    /// replaces one of the same name, when the report was last processed before (its new verdict comes with a later time).
    /// </summary>
    private static ApiResult Answer(int status, string disposition, string blobPath, string? reason, DateTimeOffset? previousProcessedAt)
    {
        var id = TableKeys.ReportId(blobPath);
        var location = "/api/reports/" + id;
        var json = new JsonObject
        {
            ["disposition"] = disposition,
            ["reportId"] = id,
            ["blobPath"] = blobPath,
            ["location"] = location,
            ["reason"] = reason,
            ["previousProcessedAt"] = previousProcessedAt,
        };
        return new ApiResult(status, "application/json; charset=utf-8", System.Text.Encoding.UTF8.GetBytes(json.ToJsonString(ApiResult.Json))) { Location = location };
    }

    /// <summary>A refused file: the problem with the uploader's reason (Chinese and English) and its stable code.</summary>
    private static ApiResult Refused(int status, string title, string code, string reason, string blobPath)
    {
        var problem = (JsonObject)JsonNode.Parse(ApiResult.Problem(status, title, reason, "file").Body)!;
        problem["code"] = code;
        problem["blobPath"] = blobPath;
        return new ApiResult(status, "application/problem+json; charset=utf-8", System.Text.Encoding.UTF8.GetBytes(problem.ToJsonString(ApiResult.Json)));
    }

    /// <summary>The request body handed to the uploader, which disposes what it opens; the host owns the request stream.</summary>
    private sealed class NonDisposingStream(Stream inner) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => inner.ReadAsync(buffer, cancellationToken);

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => inner.ReadAsync(buffer, offset, count, cancellationToken);

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
