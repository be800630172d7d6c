using ReportAudit.Core.Storage;

namespace ReportAudit.Core.Tracking;

/// <summary>The one mapping between <see cref="FindingState"/> and its name (tables, JSON, dashboard), with the Chinese label beside it.</summary>
public static class FindingStateNames
{
    private static readonly (FindingState State, string Name, string Label)[] Names =
    [
        (FindingState.Open, "open", "待复核"),
        (FindingState.Confirmed, "confirmed", "已确认"),
        (FindingState.Notified, "notified", "已通知整改"),
        (FindingState.Corrected, "corrected", "已整改"),
        (FindingState.Dismissed, "dismissed", "已排除"),
    ];

    public static string Name(FindingState state) => Names.First(n => n.State == state).Name;

    public static string Label(FindingState state) => Names.First(n => n.State == state).Label;

    /// <summary>The state of a name; null for an unknown one.</summary>
    public static FindingState? Parse(string? name) => Names.FirstOrDefault(n => n.Name == name) is { Name: not null } found ? found.State : null;

    /// <summary>The state a supervisor's review puts a finding in (a review's decision is a state's name).</summary>
    public static FindingState? OfReview(FindingReview? review) => review is null ? null : Parse(review.Decision);
}
