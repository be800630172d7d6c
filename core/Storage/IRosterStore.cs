namespace ReportAudit.Core.Storage;

/// <summary>The roster of expected bodies: a CSV in the <c>rosters</c> container (<c>roster.csv</c>), uploaded or set by an endpoint.</summary>
public interface IRosterStore
{
    Task<IReadOnlyList<RosterEntry>> GetAsync(CancellationToken cancellationToken = default);

    /// <summary>Replaces the roster; returns the entries read, or throws <see cref="FormatException"/> naming the bad line.</summary>
    Task<IReadOnlyList<RosterEntry>> SetAsync(string csv, CancellationToken cancellationToken = default);
}
