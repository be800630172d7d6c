using ReportAudit.Core.Storage;

namespace ReportAudit.Core.Ingestion;

/// <summary>Which version of its body-year an upload is: a new one (to record), or one already recorded, the latest or an older one.</summary>
internal sealed record VersionOfReport(ReportVersion Version, bool IsNew, bool IsLatest);
