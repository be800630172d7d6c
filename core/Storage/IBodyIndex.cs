using ReportAudit.Core.Validation;

namespace ReportAudit.Core.Storage;

/// <summary>Each body's reports by year: the cross-year lookup (one point query) and the body page.</summary>
public interface IBodyIndex : IPreviousReportLookup
{
    /// <summary>True when the body has a report for the year (whatever its figures).</summary>
    Task<bool> ExistsAsync(string bodyKey, int year, CancellationToken cancellationToken = default);

    Task UpsertAsync(BodyYearEntry entry, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<BodyYearEntry>> GetBodyAsync(string bodyKey, CancellationToken cancellationToken = default);
}
