using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using ReportAudit.Core.Model;
using ReportAudit.Core.Parsing;
using ReportAudit.Core.Serialization;
using ReportAudit.Core.Storage;
using ReportAudit.Core.Storage.Tables;
using ReportAudit.Core.Validation;

namespace ReportAudit.Core.Ingestion;

/// <summary>
/// Parses, validates and stores one upload. Exactly once in effect: the same bytes by the same parser
/// version change nothing; new bytes replace the findings, then the report row is saved with its ETag,
/// so of two triggers racing on one blob, one wins and the other re-reads and stops (or redoes the work
/// when the content it holds is different).
/// </summary>
public sealed partial class ReportIngestion(
    ReportParser parser,
    ReportValidator validator,
    IReportRepository reports,
    IFindingRepository findings,
    IParsedReportStore parsed,
    IBodyIndex bodies,
    IReviewStore reviews,
    IReportAggregates aggregates,
    DeadlinePolicy deadlines,
    TimeProvider time,
    ILogger<ReportIngestion> logger) : IReportIngestion
{
    private const int MaxAttempts = 5;

    public async Task<IngestionOutcome> IngestAsync(string blobPath, Stream content, string? blobETag, CancellationToken cancellationToken = default) =>
        await IngestAsync(blobPath, content, blobETag, force: false, cancellationToken).ConfigureAwait(false);

    public async Task<IngestionOutcome> IngestAsync(string blobPath, Stream content, string? blobETag, bool force, CancellationToken cancellationToken = default) =>
        await IngestAsync(new UploadedBlob(blobPath, blobETag), content, force, cancellationToken).ConfigureAwait(false);

    public async Task<IngestionOutcome> IngestAsync(UploadedBlob upload, Stream content, bool force, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(upload);
        ArgumentNullException.ThrowIfNull(upload.Path);
        ArgumentNullException.ThrowIfNull(content);
        var (blobPath, blobETag, hints) = (upload.Path, upload.ETag, upload.Hints(time.GetUtcNow()));
        var id = TableKeys.ReportId(blobPath);
        var bytes = await ReadLimitedAsync(content, parser.Options.MaxInputBytes, cancellationToken).ConfigureAwait(false);
        var hash = bytes is null ? "too-large" : Convert.ToHexStringLower(SHA256.HashData(bytes));

        // The uploader's body is part of what was read: a new one (same bytes) is processed again.
        hash = hints.Body is { } named ? $"{hash}+{Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(named)))[..16]}" : hash;

        for (var attempt = 1; ; attempt++)
        {
            var existing = await reports.GetAsync(id, cancellationToken).ConfigureAwait(false);
            if (!force && existing is not null && existing.ContentHash == hash && existing.ParserVersion == ReportParser.Version && existing.Status != ReportStatus.Failed)
            {
                Log.Unchanged(logger, blobPath, id);
                return new IngestionOutcome(existing, Changed: false, existing.Errors + existing.Warnings + existing.Notices);
            }

            var report = bytes is null ? parser.TooLarge(blobPath) : parser.Parse(bytes, blobPath, hints);
            var bodyKey = BodyKey.Of(report.Body);
            var previous = report.Year is { } year && bodyKey.Length > 0
                ? await bodies.FindAsync(bodyKey, year - 1, cancellationToken).ConfigureAwait(false)
                : null;
            var result = validator.Validate(report, previous, TableKeys.RegionOf(blobPath));

            await parsed.SaveAsync(id, ParsedJson(report, result, blobPath), cancellationToken).ConfigureAwait(false);
            await findings.ReplaceAsync(id, result.Findings, cancellationToken).ConfigureAwait(false);

            var reviewed = await reviews.GetAsync(id, cancellationToken).ConfigureAwait(false);
            var stored = ReportTally.Apply(ToStored(id, blobPath, report, hash, blobETag, bytes?.LongLength ?? -1), result.Findings, reviewed) with { ETag = existing?.ETag };
            if (await reports.TrySaveAsync(stored, cancellationToken).ConfigureAwait(false) is { } saved)
            {
                if (report.Year is { } y && bodyKey.Length > 0)
                {
                    await bodies.UpsertAsync(new BodyYearEntry(bodyKey, y, id, report.Body, saved.Region, saved.Verdict, PreviousYearFigures.From(report, id), saved.Figures), cancellationToken).ConfigureAwait(false);
                }

                await aggregates.ApplyAsync(existing, saved, cancellationToken).ConfigureAwait(false);
                Log.Stored(logger, blobPath, id, saved.Status, saved.Verdict, result.Findings.Count);
                return new IngestionOutcome(saved, Changed: true, result.Findings.Count);
            }

            // Someone else saved this report meanwhile: look again (it may now be the same content).
            Log.Conflict(logger, blobPath, id, attempt);
            if (attempt >= MaxAttempts)
            {
                throw new InvalidOperationException($"Report {id} ({blobPath}) kept changing under us after {attempt} attempts.");
            }
        }
    }

    public async Task RecordFailureAsync(string blobPath, string reason, CancellationToken cancellationToken = default)
    {
        var id = TableKeys.ReportId(blobPath);
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var existing = await reports.GetAsync(id, cancellationToken).ConfigureAwait(false);
            var failed = (existing ?? new StoredReport
            {
                Id = id,
                BlobPath = blobPath,
                Region = TableKeys.RegionOf(blobPath),
                Status = ReportStatus.Failed,
                Verdict = "unparseable",
                ContentHash = string.Empty,
                ParserVersion = ReportParser.Version,
            }) with
            {
                Status = ReportStatus.Failed,
                ErrorReason = reason,
                ProcessedAt = time.GetUtcNow(),
            };
            if (await reports.TrySaveAsync(failed, cancellationToken).ConfigureAwait(false) is not null)
            {
                Log.Failed(logger, blobPath, id, reason);
                return;
            }
        }
    }

    private StoredReport ToStored(string id, string blobPath, AnnualReport report, string hash, string? blobETag, long size)
    {
        var unparseable = report.Status == ParseStatus.Unparseable;
        return new StoredReport
        {
            Id = id,
            BlobPath = blobPath,
            Body = report.Body,
            BodyKey = BodyKey.Of(report.Body),
            Region = TableKeys.RegionOf(blobPath),
            Year = report.Year,
            Template = report.Template == TemplateVersion.Unknown ? null : ReportJson.TemplateName(report.Template),
            Status = ReportJson.StatusName(report.Status),
            Verdict = "unparseable",
            PublishedOn = report.PublishedOn,
            Deadline = report.Year is { } year && !unparseable ? deadlines.For(report.Body, report.Title, year, region: TableKeys.RegionOf(blobPath)).Date : null,
            ContentHash = hash,
            BlobETag = blobETag,
            Size = size,
            ParserVersion = ReportParser.Version,
            ProcessedAt = time.GetUtcNow(),
            ErrorReason = unparseable ? string.Join("; ", report.Notices.Where(n => n.Level == NoticeLevel.Error).Select(n => $"{n.MessageZh} ({n.MessageEn})")) : null,
            Figures = KeyFigures.From(report),
        };
    }

    private static string ParsedJson(AnnualReport report, ValidationResult result, string blobPath)
    {
        var json = ReportJson.Detailed(report, blobPath);
        json["verdict"] = VerdictNames.Name(result.Verdict);
        json["parserVersion"] = ReportParser.Version;
        return json.ToJsonString(ReportJson.LineOptions);
    }

    /// <summary>Reads the upload; null when it is larger than the limit (it is then recorded as too large, unread).</summary>
    private static async Task<byte[]?> ReadLimitedAsync(Stream content, long limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > limit)
            {
                return null;
            }
        }

        return buffer.ToArray();
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Report {BlobPath} ({ReportId}) unchanged: same content, same parser version")]
        public static partial void Unchanged(ILogger logger, string blobPath, string reportId);

        [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "Report {BlobPath} ({ReportId}) stored: {Status}, {Verdict}, {FindingCount} findings")]
        public static partial void Stored(ILogger logger, string blobPath, string reportId, string status, string verdict, int findingCount);

        [LoggerMessage(EventId = 1003, Level = LogLevel.Warning, Message = "Report {BlobPath} ({ReportId}) was saved by another trigger meanwhile (attempt {Attempt}); looking again")]
        public static partial void Conflict(ILogger logger, string blobPath, string reportId, int attempt);

        [LoggerMessage(EventId = 1004, Level = LogLevel.Error, Message = "Report {BlobPath} ({ReportId}) recorded as failed: {Reason}")]
        public static partial void Failed(ILogger logger, string blobPath, string reportId, string reason);
    }
}
