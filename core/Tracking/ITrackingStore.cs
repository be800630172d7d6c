namespace ReportAudit.Core.Tracking;

/// <summary>The tracked findings (table <c>Tracking</c>: partition = report id, row = escaped finding id).</summary>
public interface ITrackingStore
{
    /// <summary>The tracked findings of a report, by finding id.</summary>
    Task<IReadOnlyDictionary<string, TrackedFinding>> GetAsync(string reportId, CancellationToken cancellationToken = default);

    Task SaveAsync(TrackedFinding finding, CancellationToken cancellationToken = default);

    /// <summary>The findings in <paramref name="state"/> that entered it in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    IAsyncEnumerable<TrackedFinding> ChangedAsync(FindingState state, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default);
}
