using ReportAudit.Core.Validation;

namespace ReportAudit.Core.Storage;

/// <summary>Each body's reports by year: the cross-year lookup (one point query), the body page, the versions and the written forms of a body's name.</summary>
public interface IBodyIndex : IPreviousReportLookup
{
    /// <summary>True when the body has a report for the year (whatever its figures).</summary>
    Task<bool> ExistsAsync(string bodyKey, int year, CancellationToken cancellationToken = default);

    /// <summary>The body's entry for the year, or null.</summary>
    Task<BodyYearEntry?> GetAsync(string bodyKey, int year, CancellationToken cancellationToken = default);

    /// <summary>Lists the report under its body-year (replacing its earlier entry there) and returns the body-year's current report as now chosen.</summary>
    Task<BodyYearEntry?> UpsertReportAsync(BodyYearEntry entry, CancellationToken cancellationToken = default);

    /// <summary>Takes the report off the body-year it was listed under (its blob now says another body or year) and returns the current report left, or null.</summary>
    Task<BodyYearEntry?> RemoveReportAsync(string bodyKey, int year, string reportId, CancellationToken cancellationToken = default);

    /// <summary>The body's current report of each year, oldest year first.</summary>
    Task<IReadOnlyList<BodyYearEntry>> GetBodyAsync(string bodyKey, CancellationToken cancellationToken = default);

    /// <summary>Every report of the body (versions and duplicates), by year, the current one of each year first (<see cref="BodyYearEntry.Current"/>).</summary>
    Task<IReadOnlyList<BodyYearEntry>> GetReportsAsync(string bodyKey, CancellationToken cancellationToken = default);

    /// <summary>The versions of the body's report for the year, oldest first.</summary>
    Task<IReadOnlyList<ReportVersion>> GetVersionsAsync(string bodyKey, int year, CancellationToken cancellationToken = default);

    /// <summary>Records a version; false when that version number is already taken (another writer got there first).</summary>
    Task<bool> TryAddVersionAsync(ReportVersion version, CancellationToken cancellationToken = default);

    /// <summary>The written forms of bodies seen in a region that share a short form (<see cref="BodyKey.ShortForm"/>), each with the body key it was linked to.</summary>
    Task<IReadOnlyList<BodyAlias>> GetAliasesAsync(string shortForm, string region, CancellationToken cancellationToken = default);

    /// <summary>Records a written form's link; returns the link as stored (the first one recorded wins).</summary>
    Task<BodyAlias> AddAliasAsync(BodyAlias alias, CancellationToken cancellationToken = default);
}
