using ReportAudit.Core.Model;
using ReportAudit.Core.Validation;

namespace ReportAudit.Core.Storage;

/// <summary>One uploaded file as stored: what it is, how it was judged, and the facts summaries need.</summary>
public sealed record StoredReport
{
    public required string Id { get; init; }

    /// <summary>The blob's name inside the reports container, e.g. <c>hebei/石家庄市政府办公室2022.html</c>.</summary>
    public required string BlobPath { get; init; }

    public string? Body { get; init; }

    public string BodyKey { get; init; } = string.Empty;

    /// <summary>The first folder of the blob path, or empty.</summary>
    public string Region { get; init; } = string.Empty;

    public int? Year { get; init; }

    public string? Template { get; init; }

    public required ReportStatus Status { get; init; }

    /// <summary>The verdict, findings a supervisor dismissed left out.</summary>
    public required Verdict Verdict { get; init; }

    public int Errors { get; init; }

    public int Warnings { get; init; }

    public int Notices { get; init; }

    /// <summary>Ids of the rules that fired, for filtering by rule.</summary>
    public IReadOnlyList<string> FiredRules { get; init; } = [];

    public DateOnly? PublishedOn { get; init; }

    /// <summary>The deadline that applies to this body's report, when known.</summary>
    public DateOnly? Deadline { get; init; }

    public DateStatus DateStatus { get; init; } = DateStatus.Unknown;

    public required string ContentHash { get; init; }

    public string? BlobETag { get; init; }

    public long Size { get; init; }

    public required string ParserVersion { get; init; }

    public DateTimeOffset ProcessedAt { get; init; }

    /// <summary>Why the file could not be parsed or processed, when it could not.</summary>
    public string? ErrorReason { get; init; }

    public KeyFigures Figures { get; init; } = KeyFigures.Empty;

    /// <summary>
    /// When this row was saved without its aggregates moved yet (<see cref="ReportCommits"/> clears it once they are):
    /// a row left so by a crash is found by <see cref="CountRepair"/> and the counts are repaired. Null otherwise.
    /// </summary>
    public DateTimeOffset? CountPendingSince { get; init; }

    /// <summary>
    /// The source blob was deleted: the report stays (findings, reviews, versions) but is left out of the counts,
    /// lists and exports unless they ask for deleted reports.
    /// </summary>
    public bool SourceDeleted { get; init; }

    /// <summary>
    /// The blob ETag the sweep or <c>reconcile</c> last handed over for processing while this row lagged behind the blob,
    /// and how many times it did (<see cref="ReconcileAttempts"/>): a second hand-over of the same ETag without
    /// progress records the report as failed instead of handing it over again (<c>ReportSweep</c>). A row saved by
    /// ingestion starts with none.
    /// </summary>
    public string? ReconcileETag { get; init; }

    /// <summary>How many times the blob version <see cref="ReconcileETag"/> was handed over without its row catching up.</summary>
    public int ReconcileAttempts { get; init; }

    /// <summary>The storage version, for optimistic concurrency; null for a report not stored yet.</summary>
    public string? ETag { get; init; }
}
