namespace ReportAudit.Core.Storage;

/// <summary>A supervisor's decision on a finding: confirmed, or dismissed as a false alarm.</summary>
public sealed record FindingReview(string Decision, string? Note, string Reviewer, DateTimeOffset ReviewedAt)
{
    public const string Confirmed = "confirmed";
    public const string Dismissed = "dismissed";

    public bool IsDismissed => Decision == Dismissed;
}
