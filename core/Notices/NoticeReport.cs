using ReportAudit.Core.Storage;

namespace ReportAudit.Core.Notices;

/// <summary>One report of a body in a notice, with the findings a supervisor confirmed (in the order of the findings table).</summary>
public sealed record NoticeReport(StoredReport Report, IReadOnlyList<StoredFinding> Confirmed);
