using ReportAudit.Core.Model;
using ReportAudit.Core.Storage;

namespace ReportAudit.Core.Tracking;

/// <summary>The state a supervisor's review puts a finding in; the states' names themselves are <see cref="EnumNames"/>'.</summary>
public static class FindingStateNames
{
    /// <summary>The state a supervisor's review puts a finding in; null for none.</summary>
    public static FindingState? OfReview(FindingReview? review) =>
        review?.Decision switch
        {
            ReviewDecision.Confirmed => FindingState.Confirmed,
            ReviewDecision.Dismissed => FindingState.Dismissed,
            _ => null,
        };
}
