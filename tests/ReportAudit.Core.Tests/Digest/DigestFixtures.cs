using ReportAudit.Core.Digest;
using ReportAudit.Core.Model;
using ReportAudit.Core.Storage;
using ReportAudit.Core.Validation;

namespace ReportAudit.Core.Tests.Digest;

/// <summary>Stored reports and snapshots for the digest tests.</summary>
internal static class DigestFixtures
{
    public static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static StoredReport Report(string id, string region, string? body, Verdict verdict, DateTimeOffset processedAt, int? year = 2025, int errors = 0, DateStatus dateStatus = DateStatus.OnTime, params string[] fired) => new()
    {
        Id = id,
        BlobPath = region + "/" + id + ".txt",
        Body = body,
        BodyKey = BodyKey.Of(body),
        Region = region,
        Year = year,
        Status = verdict == Verdict.Unparseable ? ReportStatus.Unparseable : ReportStatus.Parsed,
        Verdict = verdict,
        Errors = errors,
        FiredRules = fired,
        PublishedOn = dateStatus == DateStatus.OnTime ? null : new DateOnly(2026, 3, 2),
        Deadline = dateStatus == DateStatus.OnTime ? null : new DateOnly(2026, 1, 31),
        DateStatus = dateStatus,
        ContentHash = id,
        ParserVersion = "test",
        ProcessedAt = processedAt,
    };

    /// <summary>A moment of 2026-W47 (16–22 November 2026) in Shanghai.</summary>
    public static DateTimeOffset InW47(int day, int hour = 10) => new(2026, 11, 16 + day, hour, 0, 0, TimeSpan.FromHours(8));

    public static DigestSnapshot Snapshot(
        IReadOnlyList<StoredReport> thisWeek,
        IReadOnlyList<StoredReport>? lastWeek = null,
        IReadOnlyList<RosterEntry>? roster = null,
        IReadOnlyDictionary<string, IReadOnlyList<Finding>>? findings = null,
        DigestOptions? options = null,
        DateOnly? today = null,
        IReadOnlyList<Tracking.TrackedFinding>? corrected = null) =>
        new(
            IsoWeek.Parse("2026-W47"),
            today ?? new DateOnly(2026, 11, 23),
            thisWeek,
            lastWeek ?? [],
            [.. thisWeek, .. lastWeek ?? []],
            roster ?? [],
            findings ?? new Dictionary<string, IReadOnlyList<Finding>>(),
            new Dictionary<string, string> { ["balance.applications"] = "申请数量收支平衡" },
            options ?? new DigestOptions { DashboardUrl = "https://audit.example.test/api/dashboard" },
            new DeadlinePolicy(new ValidationOptions())) { Corrected = corrected ?? [] };

    public static RosterEntry Roster(string body, string region, string? kind = "department") => new(body, BodyKey.Of(body), region, kind);
}
