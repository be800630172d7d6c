namespace ReportAudit.Core.Tracking;

/// <summary>How many findings are in each state; <see cref="Overdue"/> are notified ones past their reply deadline (also counted in <see cref="Notified"/>).</summary>
public sealed record TrackingCounts(int Open, int Confirmed, int Notified, int Corrected, int Dismissed, int Overdue)
{
    public static readonly TrackingCounts Empty = new(0, 0, 0, 0, 0, 0);

    public TrackingCounts Add(FindingState state, bool overdue) => state switch
    {
        FindingState.Open => this with { Open = Open + 1 },
        FindingState.Confirmed => this with { Confirmed = Confirmed + 1 },
        FindingState.Notified => this with { Notified = Notified + 1, Overdue = Overdue + (overdue ? 1 : 0) },
        FindingState.Corrected => this with { Corrected = Corrected + 1 },
        _ => this with { Dismissed = Dismissed + 1 },
    };
}
