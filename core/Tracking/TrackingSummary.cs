namespace ReportAudit.Core.Tracking;

/// <summary>The tracking counts of a selection: in all, per region and per body (by region, then body name).</summary>
public sealed record TrackingSummary(DateOnly Today, TrackingCounts Total, IReadOnlyList<TrackingGroup> Regions, IReadOnlyList<TrackingGroup> Bodies);
