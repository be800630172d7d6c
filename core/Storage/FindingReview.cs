namespace ReportAudit.Core.Storage;

/// <summary>A supervisor's decision on a finding: confirmed, or dismissed as a false alarm.</summary>
public sealed record FindingReview(ReviewDecision Decision, string? Note, string Reviewer, DateTimeOffset ReviewedAt)
{
    public bool IsDismissed => Decision == ReviewDecision.Dismissed;
}
