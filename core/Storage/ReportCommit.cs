namespace ReportAudit.Core.Storage;

/// <summary>The outcome of a commit and the row as it now is (null when there is none, or after a give-up).</summary>
public sealed record ReportCommit(ReportCommitOutcome Outcome, StoredReport? Report);
