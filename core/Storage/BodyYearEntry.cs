using ReportAudit.Core.Validation;

namespace ReportAudit.Core.Storage;

/// <summary>
/// One report of one body for one year, in the <c>BodyIndex</c> table (partition = body key). Every report of the
/// body-year has its own row (<c>{year}-{reportId}</c>: versions and duplicates are all listed); the row keyed by the
/// bare year holds the body-year's current report (<see cref="CurrentOf"/>), the one the previous-year lookup reads.
/// </summary>
public sealed record BodyYearEntry(string BodyKey, int Year, string ReportId, string? Body, string Region, Verdict Verdict, PreviousYearFigures? Figures, KeyFigures KeyFigures)
{
    /// <summary>The blob the report was read from (empty in rows written before reports were listed one by one).</summary>
    public string BlobPath { get; init; } = string.Empty;

    public DateOnly? PublishedOn { get; init; }

    /// <summary>The number of the body-year's version this report's content is (0: not known, a row from before versions).</summary>
    public int Version { get; init; }

    /// <summary>True for the body-year's current report (set when listed).</summary>
    public bool Current { get; init; }

    /// <summary>
    /// The body-year's current report, chosen from its reports whatever order they were processed in: the newest
    /// version (versions are numbered as new content arrives), then the latest publication date, then the smallest
    /// report id (identical duplicates); null when there is none.
    /// </summary>
    public static BodyYearEntry? CurrentOf(IEnumerable<BodyYearEntry> reports) =>
        reports.OrderByDescending(r => r.Version)
            .ThenByDescending(r => r.PublishedOn ?? DateOnly.MinValue)
            .ThenBy(r => r.ReportId, StringComparer.Ordinal)
            .FirstOrDefault();
}
