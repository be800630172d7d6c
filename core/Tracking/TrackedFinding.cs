namespace ReportAudit.Core.Tracking;

/// <summary>
/// A finding under rectification tracking (table <c>Tracking</c>: partition = report id, row = escaped finding id),
/// with what the counts need without reading the report: its body, region and year, and, once notified, the reply deadline.
/// </summary>
/// <param name="DueOn">The notice's reply deadline (date of issue + <c>Notices:ReplyDays</c>), once notified.</param>
/// <param name="History">Every state change, oldest first; the last one is <paramref name="State"/>.</param>
public sealed record TrackedFinding(
    string ReportId,
    string FindingId,
    string RuleId,
    string? Body,
    string BodyKey,
    string Region,
    int? Year,
    FindingState State,
    DateOnly? DueOn,
    IReadOnlyList<FindingStateChange> History)
{
    /// <summary>When it entered its present state.</summary>
    public DateTimeOffset ChangedAt => History.Count > 0 ? History[^1].At : DateTimeOffset.MinValue;

    /// <summary>Notified and the reply deadline has passed (<paramref name="today"/> where the bodies are).</summary>
    public bool IsOverdue(DateOnly today) => State == FindingState.Notified && DueOn is { } due && today > due;

    /// <summary>This finding moved to <paramref name="change"/>'s state.</summary>
    public TrackedFinding Moved(FindingStateChange change) => this with { State = change.State, History = [.. History, change] };
}
