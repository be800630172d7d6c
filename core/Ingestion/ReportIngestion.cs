using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using ReportAudit.Core.Model;
using ReportAudit.Core.Parsing;
using ReportAudit.Core.Serialization;
using ReportAudit.Core.Storage;
using ReportAudit.Core.Storage.Tables;
using ReportAudit.Core.Tracking;
using ReportAudit.Core.Validation;

namespace ReportAudit.Core.Ingestion;

/// <summary>
/// Parses, validates and stores one upload. Exactly once in effect: the same bytes by the same parser
/// version change nothing; new bytes replace the findings, then the report row is saved with its ETag,
/// so of two triggers racing on one blob, one wins and the other re-reads and stops (or redoes the work
/// when the content it holds is different).
/// Across years and versions (docs/storage.md): the body is identified by <see cref="BodyKey.ForReport"/> and
/// the forms already seen (<see cref="ResolveBodyKeyAsync"/>); the same body-year arriving with other content
/// is recorded as a new version with what changed; and when a body-year's figures change, the body's report
/// for the year after is validated again (one hop: that re-validation triggers nothing further).
/// </summary>
public sealed partial class ReportIngestion(
    ReportParser parser,
    ReportValidator validator,
    IReportRepository reports,
    IFindingRepository findings,
    IParsedReportStore parsed,
    IBodyIndex bodies,
    IReviewStore reviews,
    ReportCommits commits,
    TrackingService tracking,
    IReportFileStore files,
    DeadlinePolicy deadlines,
    TimeProvider time,
    ILogger<ReportIngestion> logger) : IReportIngestion
{
    private const int MaxAttempts = 5;

    private static readonly IReadOnlyDictionary<string, FindingReview> NoReviews = new Dictionary<string, FindingReview>();

    public async Task<IngestionOutcome> IngestAsync(string blobPath, Stream content, string? blobETag, CancellationToken cancellationToken = default) =>
        await IngestAsync(blobPath, content, blobETag, force: false, cancellationToken).ConfigureAwait(false);

    public async Task<IngestionOutcome> IngestAsync(string blobPath, Stream content, string? blobETag, bool force, CancellationToken cancellationToken = default) =>
        await IngestAsync(new UploadedBlob(blobPath, blobETag), content, force, cancellationToken).ConfigureAwait(false);

    public async Task<IngestionOutcome> IngestAsync(UploadedBlob upload, Stream content, bool force, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(upload);
        ArgumentNullException.ThrowIfNull(upload.Path);
        var (outcome, nextYears) = await IngestOnceAsync(upload, content, force, cancellationToken).ConfigureAwait(false);
        foreach (var next in nextYears)
        {
            await RevalidateAsync(next.BodyKey, next.Year, upload.Path, cancellationToken).ConfigureAwait(false);
        }

        return outcome;
    }

    /// <summary>
    /// Ingests one upload; also says which body-years' reports must be validated again because the figures
    /// they are compared with changed (the year after this report's, and after the one it left), if any.
    /// </summary>
    private async Task<(IngestionOutcome Outcome, IReadOnlyList<(string BodyKey, int Year)> NextYears)> IngestOnceAsync(UploadedBlob upload, Stream content, bool force, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var (blobPath, blobETag, hints) = (upload.Path, upload.ETag, upload.Hints(time.GetUtcNow()));
        var id = TableKeys.ReportId(blobPath);
        var bytes = await ReadLimitedAsync(content, upload.Length, parser.Options.MaxInputBytes, cancellationToken).ConfigureAwait(false);
        var hash = bytes is null ? "too-large" : Convert.ToHexStringLower(SHA256.HashData(bytes));

        // The uploader's body is part of what was read: a new one (same bytes) is processed again.
        hash = hints.Body is { } named ? $"{hash}+{Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(named)))[..16]}" : hash;

        for (var attempt = 1; ; attempt++)
        {
            var existing = await reports.GetAsync(id, cancellationToken).ConfigureAwait(false);
            if (!force && existing is not null && existing.ContentHash == hash && existing.ParserVersion == ReportParser.Version && existing.Status != ReportStatus.Failed && !existing.SourceDeleted)
            {
                Log.Unchanged(logger, blobPath, id);
                return (IngestionOutcome.Unchanged(existing), []);
            }

            var report = bytes is null ? parser.TooLarge(blobPath) : parser.Parse(bytes, blobPath, hints);
            var region = TableKeys.RegionOf(blobPath);
            var bodyKey = report.Status == ParseStatus.Unparseable ? BodyKey.Of(report.Body) : await ResolveBodyKeyAsync(report, region, cancellationToken).ConfigureAwait(false);
            (string Key, int Year)? bodyYear = report.Year is { } year && bodyKey.Length > 0 && report.Status != ParseStatus.Unparseable ? (bodyKey, year) : null;

            // The identity of the body was settled above (its key may be another written form's), so last
            // year's figures are this report's body's: they are handed to the rules under its own written key.
            var previous = bodyYear is { } by
                ? await bodies.FindAsync(by.Key, by.Year - 1, cancellationToken).ConfigureAwait(false) is { } found ? found with { BodyKey = BodyKey.Of(report.Body) } : null
                : null;
            var detailed = ReportJson.Detailed(report, blobPath);
            var version = bodyYear is { } v
                ? await VersionOfAsync(id, blobPath, hash, v.Key, v.Year, existing, detailed, cancellationToken).ConfigureAwait(false)
                : null;
            var result = validator.Validate(report, previous, region, version?.Version.Change);

            // Newest bytes win: a writer holding bytes the blob no longer has (it was overwritten since this event)
            // writes nothing over the row, parsed model or findings; the newer bytes' own event stores them.
            if (existing is not null && await IsStaleAsync(blobPath, blobETag, cancellationToken).ConfigureAwait(false))
            {
                Log.Stale(logger, blobPath, id);
                return (IngestionOutcome.Unchanged(existing), []);
            }

            var json = ParsedJson(detailed, result);
            await parsed.SaveAsync(id, json, cancellationToken).ConfigureAwait(false);
            if (version is { IsNew: true } created)
            {
                // The version's own copy of the parsed model outlives this report's copy, which a later version of the same blob replaces.
                await parsed.SaveAsync(created.Version.ParsedId, json, cancellationToken).ConfigureAwait(false);
                if (!await bodies.TryAddVersionAsync(created.Version, cancellationToken).ConfigureAwait(false))
                {
                    Log.VersionConflict(logger, blobPath, id, created.Version.Number, attempt);
                    ThrowIfTooMany(attempt, id, blobPath);
                    continue;
                }
            }

            await findings.ReplaceAsync(id, result.Findings, cancellationToken).ConfigureAwait(false);

            var reviewed = await reviews.GetAsync(id, cancellationToken).ConfigureAwait(false);
            var stored = ReportTally.Apply(ToStored(id, blobPath, bodyKey, report, hash, blobETag, bytes?.LongLength ?? -1), result.Findings, reviewed);
            if (await commits.TrySaveAsync(existing, stored, cancellationToken).ConfigureAwait(false) is { } saved)
            {
                if (version is { IsNew: true } arrived)
                {
                    await tracking.VersionArrivedAsync(saved, arrived.Version, result.Findings, cancellationToken).ConfigureAwait(false);
                }

                var nextYears = new List<(string BodyKey, int Year)>();

                // Every report is listed under its body-year; the index chooses the current one (the latest version speaks
                // for the body-year, whatever order reports are processed in). When the current one changes, the year after is checked again.
                if (bodyYear is { } b)
                {
                    var figures = PreviousYearFigures.From(report, id) is { } f ? f with { BodyKey = b.Key } : null;
                    var entry = new BodyYearEntry(b.Key, b.Year, id, report.Body, saved.Region, saved.Verdict, figures, saved.Figures)
                    {
                        BlobPath = blobPath,
                        PublishedOn = report.PublishedOn,
                        Version = version?.Version.Number ?? 0,
                    };
                    var before = await bodies.GetAsync(b.Key, b.Year, cancellationToken).ConfigureAwait(false);
                    if (ChangedCurrent(before, await bodies.UpsertReportAsync(entry, cancellationToken).ConfigureAwait(false)))
                    {
                        nextYears.Add((b.Key, b.Year + 1));
                    }
                }

                // Overwritten with another body or year (or none readable): the report leaves the body-year it was listed under.
                if (existing is { BodyKey.Length: > 0, Year: { } left } && (bodyYear is not { } now || now.Key != existing.BodyKey || now.Year != left))
                {
                    var before = await bodies.GetAsync(existing.BodyKey, left, cancellationToken).ConfigureAwait(false);
                    if (ChangedCurrent(before, await bodies.RemoveReportAsync(existing.BodyKey, left, id, cancellationToken).ConfigureAwait(false)))
                    {
                        nextYears.Add((existing.BodyKey, left + 1));
                    }
                }

                Log.Stored(logger, blobPath, id, EnumNames.Name(saved.Status), EnumNames.Name(saved.Verdict), result.Findings.Count);
                return (new IngestionOutcome(saved, Changed: true, result.Findings.Count), nextYears);
            }

            // Someone else saved this report meanwhile: look again (it may now be the same content).
            Log.Conflict(logger, blobPath, id, attempt);
            ThrowIfTooMany(attempt, id, blobPath);
        }
    }

    /// <summary>True when a body-year's current report (the one the year after is compared with) is another report or has other figures.</summary>
    private static bool ChangedCurrent(BodyYearEntry? before, BodyYearEntry? after) =>
        before?.ReportId != after?.ReportId || JsonSerializer.Serialize(before?.Figures) != JsonSerializer.Serialize(after?.Figures);

    private static void ThrowIfTooMany(int attempt, string id, string blobPath)
    {
        if (attempt >= MaxAttempts)
        {
            throw new InvalidOperationException($"Report {id} ({blobPath}) kept changing under us after {attempt} attempts.");
        }
    }

    /// <summary>
    /// The key the report's body is stored under. The written form (<see cref="BodyKey.ForReport"/>) is
    /// linked to a body already seen in the same region under another form with or without a prefix
    /// (<see cref="BodyKey.SameBodyWritten"/>) when exactly one such body fits every form it was seen under;
    /// otherwise it is a body of its own. The first link recorded for a written form is kept, so a body's
    /// key never changes once its reports are stored.
    /// </summary>
    private async Task<string> ResolveBodyKeyAsync(AnnualReport report, string region, CancellationToken cancellationToken)
    {
        var written = BodyKey.ForReport(report.Body, report.Title);
        if (written.Length == 0)
        {
            return written;
        }

        var shortForm = BodyKey.ShortForm(written);
        var aliases = await bodies.GetAliasesAsync(shortForm, region, cancellationToken).ConfigureAwait(false);
        if (aliases.FirstOrDefault(a => a.Written == written) is { } known)
        {
            return known.BodyKey;
        }

        var fitting = aliases.GroupBy(a => a.BodyKey, StringComparer.Ordinal)
            .Where(body => body.All(a => BodyKey.SameBodyWritten(a.Written, written)))
            .Select(body => body.Key)
            .ToList();
        var key = fitting.Count == 1 ? fitting[0] : written;
        var stored = await bodies.AddAliasAsync(new BodyAlias(shortForm, region, written, key), cancellationToken).ConfigureAwait(false);
        return stored.BodyKey;
    }

    /// <summary>
    /// Which version of the body-year this content is: the latest (same content hash), an older one of another
    /// blob processed again, or a new one with what changed since the latest (from the latest's stored parsed model). A body-year stored before
    /// versions were kept has its current report taken as version 1 first.
    /// </summary>
    private async Task<VersionOfReport> VersionOfAsync(string id, string blobPath, string hash, string bodyKey, int year, StoredReport? existing, JsonObject current, CancellationToken cancellationToken)
    {
        var versions = await bodies.GetVersionsAsync(bodyKey, year, cancellationToken).ConfigureAwait(false);
        if (versions.Count == 0 && await bodies.GetAsync(bodyKey, year, cancellationToken).ConfigureAwait(false) is { } entry)
        {
            var earlier = entry.ReportId == id ? existing : await reports.GetAsync(entry.ReportId, cancellationToken).ConfigureAwait(false);
            if (earlier is { ContentHash.Length: > 0 } && earlier.ContentHash != hash)
            {
                var parsedId = VersionParsedId(entry.ReportId, earlier.ContentHash);
                if (await parsed.GetAsync(entry.ReportId, cancellationToken).ConfigureAwait(false) is { } snapshot)
                {
                    await parsed.SaveAsync(parsedId, snapshot, cancellationToken).ConfigureAwait(false);
                }

                await bodies.TryAddVersionAsync(new ReportVersion(bodyKey, year, 1, entry.ReportId, earlier.BlobPath, earlier.ContentHash, parsedId, earlier.ProcessedAt, null), cancellationToken).ConfigureAwait(false);
                versions = await bodies.GetVersionsAsync(bodyKey, year, cancellationToken).ConfigureAwait(false);
            }
        }

        var latest = versions.Count > 0 ? versions[^1] : null;
        if (latest is not null && latest.ContentHash == hash)
        {
            return new VersionOfReport(latest, IsNew: false, IsLatest: true);
        }

        // Another blob holds the latest version, and this blob's content is the version it was: an older version
        // processed again (reprocess, retry). The same blob changed back to earlier content is a new version.
        if (latest is not null && latest.ReportId != id && versions.LastOrDefault(v => v.ReportId == id && v.ContentHash == hash) is { } older)
        {
            return new VersionOfReport(older, IsNew: false, IsLatest: false);
        }

        var number = (latest?.Number ?? 0) + 1;
        VersionChange? change = null;
        if (latest is not null)
        {
            var before = await parsed.GetAsync(latest.ParsedId, cancellationToken).ConfigureAwait(false);
            change = ReportVersionDiff.Compare(before is null ? null : JsonNode.Parse(before) as JsonObject, Reparsed(current), number, latest.Number, latest.ReportId);
        }

        var created = new ReportVersion(bodyKey, year, number, id, blobPath, hash, VersionParsedId(id, hash), time.GetUtcNow(), change);
        return new VersionOfReport(created, IsNew: true, IsLatest: true);
    }

    /// <summary>The model as read back from storage (numbers as JSON numbers), so both sides of a comparison are alike.</summary>
    private static JsonObject Reparsed(JsonObject json) => (JsonObject)JsonNode.Parse(json.ToJsonString(ReportJson.LineOptions))!;

    private static string VersionParsedId(string reportId, string hash) => $"{reportId}.{(hash.Length > 16 ? hash[..16] : hash)}";

    /// <summary>
    /// Validates the body's report for <paramref name="year"/> again, because the report it is compared
    /// with (the year before) changed. Reads its blob again; one hop only: nothing further is triggered.
    /// A failure is logged, not thrown: the report that caused it is stored and must not be retried for it.
    /// </summary>
    private async Task RevalidateAsync(string bodyKey, int year, string cause, CancellationToken cancellationToken)
    {
        if (await bodies.GetAsync(bodyKey, year, cancellationToken).ConfigureAwait(false) is not { } entry
            || await reports.GetAsync(entry.ReportId, cancellationToken).ConfigureAwait(false) is not { } next)
        {
            return;
        }

        try
        {
            if (await files.OpenAsync(next.BlobPath, cancellationToken).ConfigureAwait(false) is not { } file)
            {
                Log.RevalidationBlobMissing(logger, next.BlobPath, cause);
                return;
            }

            await using var content = file.Content;
            var upload = new UploadedBlob(next.BlobPath, file.ETag, file.Metadata.AsReadOnly(), file.CreatedOn) { Length = file.Size };
            var (outcome, _) = await IngestOnceAsync(upload, content, force: true, cancellationToken).ConfigureAwait(false);
            Log.Revalidated(logger, next.BlobPath, cause, EnumNames.Name(outcome.Report.Verdict), outcome.FindingCount);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Log.RevalidationFailed(logger, e, next.BlobPath, cause);
        }
    }

    private async Task<bool> IsStaleAsync(string blobPath, string? blobETag, CancellationToken cancellationToken) =>
        blobETag is not null
        && await files.ETagAsync(blobPath, cancellationToken).ConfigureAwait(false) is { } current
        && current.Trim('"') != blobETag.Trim('"');

    public async Task MarkSourceDeletedAsync(string blobPath, CancellationToken cancellationToken = default)
    {
        var commit = await commits.UpdateAsync(TableKeys.ReportId(blobPath), existing => existing is null or { SourceDeleted: true } ? null : existing with { SourceDeleted = true }, cancellationToken).ConfigureAwait(false);
        if (commit.Outcome == ReportCommitOutcome.Saved)
        {
            Log.SourceDeleted(logger, blobPath);
        }
    }

    public async Task RecordFailureAsync(string blobPath, string reason, CancellationToken cancellationToken = default)
    {
        var id = TableKeys.ReportId(blobPath);
        var commit = await commits.UpdateAsync(id, existing => ReportTally.Apply((existing ?? new StoredReport
        {
            Id = id,
            BlobPath = blobPath,
            Region = TableKeys.RegionOf(blobPath),
            Status = ReportStatus.Failed,
            Verdict = Verdict.Unparseable,
            ContentHash = string.Empty,
            ParserVersion = ReportParser.Version,
        }) with
        {
            Status = ReportStatus.Failed,
            Verdict = Verdict.Unparseable,
            ErrorReason = reason,
            ProcessedAt = time.GetUtcNow(),
        }, [], NoReviews), cancellationToken).ConfigureAwait(false);
        if (commit.Outcome == ReportCommitOutcome.Saved)
        {
            Log.Failed(logger, blobPath, id, reason);
        }
    }

    private StoredReport ToStored(string id, string blobPath, string bodyKey, AnnualReport report, string hash, string? blobETag, long size)
    {
        var unparseable = report.Status == ParseStatus.Unparseable;
        return new StoredReport
        {
            Id = id,
            BlobPath = blobPath,
            Body = report.Body,
            BodyKey = bodyKey,
            Region = TableKeys.RegionOf(blobPath),
            Year = report.Year,
            Template = report.Template == TemplateVersion.Unknown ? null : ReportJson.TemplateName(report.Template),
            Status = (ReportStatus)report.Status,
            Verdict = Verdict.Unparseable,
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

    private static string ParsedJson(JsonObject json, ValidationResult result)
    {
        json["verdict"] = EnumNames.Name(result.Verdict);
        json["parserVersion"] = ReportParser.Version;
        return json.ToJsonString(ReportJson.LineOptions);
    }

    /// <summary>Reads the upload; null when it is larger than the limit (it is then recorded as too large, unread).</summary>
    internal static async Task<byte[]?> ReadLimitedAsync(Stream content, long? knownLength, long limit, CancellationToken cancellationToken)
    {
        // A stream that knows its length, or whose host said it (a blob's download stream cannot seek), is read into one
        // array of that size: a large report is held once, not grown through a MemoryStream's doublings and copied out again.
        var length = content.CanSeek ? content.Length - content.Position : knownLength;
        if (length > limit)
        {
            return null;
        }

        var read = 0;
        byte[]? exact = null;
        if (length is { } expected and >= 0)
        {
            exact = new byte[expected];
            read = await content.ReadAtLeastAsync(exact, exact.Length, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
            var more = new byte[1];
            if (read == exact.Length && await content.ReadAsync(more, cancellationToken).ConfigureAwait(false) == 0)
            {
                return exact;
            }

            // The stream did not hold the length announced: it is read to its end as one of unknown length.
            if (read == exact.Length)
            {
                exact = [.. exact, more[0]];
                read++;
            }
        }

        using var buffer = new MemoryStream();
        buffer.Write(exact ?? [], 0, read);
        var chunk = new byte[81920];
        int count;
        while (buffer.Length <= limit && (count = await content.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            buffer.Write(chunk, 0, count);
        }

        return buffer.Length > limit ? null : buffer.ToArray();
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

        [LoggerMessage(EventId = 1021, Level = LogLevel.Warning, Message = "Report {BlobPath} ({ReportId}): version {Version} of its body-year was recorded by another trigger meanwhile (attempt {Attempt}); looking again")]
        public static partial void VersionConflict(ILogger logger, string blobPath, string reportId, int version, int attempt);

        [LoggerMessage(EventId = 1022, Level = LogLevel.Information, Message = "Report {BlobPath} validated again because {Cause}, the year before, changed: {Verdict}, {FindingCount} findings")]
        public static partial void Revalidated(ILogger logger, string blobPath, string cause, string verdict, int findingCount);

        [LoggerMessage(EventId = 1023, Level = LogLevel.Warning, Message = "Report {BlobPath} should be validated again because {Cause} changed, but its blob is gone")]
        public static partial void RevalidationBlobMissing(ILogger logger, string blobPath, string cause);

        [LoggerMessage(EventId = 1026, Level = LogLevel.Information, Message = "Blob {BlobPath} ({Id}) was overwritten since these bytes were read; the newer bytes' event stores them, these are dropped")]
        public static partial void Stale(ILogger logger, string blobPath, string id);

        [LoggerMessage(EventId = 1025, Level = LogLevel.Information, Message = "Blob {BlobPath} was deleted: its report is kept, marked source deleted, and left out of the counts")]
        public static partial void SourceDeleted(ILogger logger, string blobPath);

        [LoggerMessage(EventId = 1024, Level = LogLevel.Error, Message = "Report {BlobPath} could not be validated again after {Cause} changed; reprocess it")]
        public static partial void RevalidationFailed(ILogger logger, Exception exception, string blobPath, string cause);
    }
}
