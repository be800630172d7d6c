using System.Collections.Concurrent;

namespace ReportAudit.Core.Validation;

/// <summary>Previous-year figures kept in memory: for tests and for <c>check</c> over a folder of several years.</summary>
public sealed class InMemoryPreviousReportLookup : IPreviousReportLookup
{
    private readonly ConcurrentDictionary<(string BodyKey, int Year), PreviousYearFigures> _figures = new();

    public void Add(PreviousYearFigures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        _figures[(figures.BodyKey, figures.Year)] = figures;
    }

    public Task<PreviousYearFigures?> FindAsync(string bodyKey, int year, CancellationToken cancellationToken = default) =>
        Task.FromResult(_figures.TryGetValue((bodyKey, year), out var f) ? f : null);
}
