namespace ReportAudit.Core.Tracking;

/// <summary>The counts of one region, or of one body (with its region).</summary>
public sealed record TrackingGroup(string Region, string? Body, string? BodyKey, TrackingCounts Counts);
