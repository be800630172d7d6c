using ReportAudit.Core.Model;
using ReportAudit.Core.Storage;

namespace ReportAudit.Core.Summaries;

/// <summary>One report in a list, as the API and exports give it.</summary>
public sealed record ReportListItem(
    string Id, string BlobPath, string? Body, string BodyKey, string Region, int? Year, string? Template,
    string Status, string Verdict, int Errors, int Warnings, int Notices, IReadOnlyList<string> FiredRules,
    DateOnly? PublishedOn, DateOnly? Deadline, string DateStatus, DateTimeOffset ProcessedAt, string? ErrorReason, bool SourceDeleted)
{
    public static ReportListItem From(StoredReport r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new(r.Id, r.BlobPath, r.Body, r.BodyKey, r.Region, r.Year, r.Template, EnumNames.Name(r.Status), EnumNames.Name(r.Verdict), r.Errors, r.Warnings, r.Notices,
            r.FiredRules, r.PublishedOn, r.Deadline, EnumNames.Name(r.DateStatus), r.ProcessedAt, r.ErrorReason, r.SourceDeleted);
    }
}
