using ReportAudit.Core.Validation;

namespace ReportAudit.Core.Storage;

/// <summary>Each body's reports by year: the cross-year lookup (one point query), the body page, the versions and the written forms of a body's name.</summary>
public interface IBodyIndex : IPreviousReportLookup
{
    /// <summary>True when the body has a report for the year (whatever its figures).</summary>
    Task<bool> ExistsAsync(string bodyKey, int year, CancellationToken cancellationToken = default);

    /// <summary>The body's entry for the year, or null.</summary>
    Task<BodyYearEntry?> GetAsync(string bodyKey, int year, CancellationToken cancellationToken = default);

    Task UpsertAsync(BodyYearEntry entry, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<BodyYearEntry>> GetBodyAsync(string bodyKey, CancellationToken cancellationToken = default);

    /// <summary>The versions of the body's report for the year, oldest first.</summary>
    Task<IReadOnlyList<ReportVersion>> GetVersionsAsync(string bodyKey, int year, CancellationToken cancellationToken = default);

    /// <summary>Records a version; false when that version number is already taken (another writer got there first).</summary>
    Task<bool> TryAddVersionAsync(ReportVersion version, CancellationToken cancellationToken = default);

    /// <summary>The written forms of bodies seen in a region that share a short form (<see cref="BodyKey.ShortForm"/>), each with the body key it was linked to.</summary>
    Task<IReadOnlyList<BodyAlias>> GetAliasesAsync(string shortForm, string region, CancellationToken cancellationToken = default);

    /// <summary>Records a written form's link; returns the link as stored (the first one recorded wins).</summary>
    Task<BodyAlias> AddAliasAsync(BodyAlias alias, CancellationToken cancellationToken = default);
}
