namespace ReportAudit.Core.Tracking;

/// <summary>One step of a finding's history: the state it entered, who moved it there and when.</summary>
/// <param name="By">The reviewer, or what moved it (e.g. a new version of the report).</param>
/// <param name="Note">Why, when said (a review's note, the notice's reply deadline, the version that corrected it).</param>
public sealed record FindingStateChange(FindingState State, string By, DateTimeOffset At, string? Note);
