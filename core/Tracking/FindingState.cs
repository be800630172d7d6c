namespace ReportAudit.Core.Tracking;

/// <summary>
/// Where a finding stands in its rectification: open (not yet reviewed) → confirmed → notified (its 整改通知 was
/// produced) → corrected (a later version of the same body-year report no longer raises it); or dismissed as a
/// false alarm. <see cref="FindingStateNames"/> is the one mapping to the names stored and served.
/// </summary>
public enum FindingState
{
    Open,
    Confirmed,
    Notified,
    Corrected,
    Dismissed,
}
