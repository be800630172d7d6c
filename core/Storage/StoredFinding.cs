using ReportAudit.Core.Validation;

namespace ReportAudit.Core.Storage;

/// <summary>A finding as stored with its report, and a supervisor's review of it, if any.</summary>
public sealed record StoredFinding(Finding Finding, FindingReview? Review);
