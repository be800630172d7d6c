namespace ReportAudit.Core.Ingestion;

/// <summary>The results of an upload run, counted.</summary>
public sealed record UploadSummary(IReadOnlyList<UploadResult> Results)
{
    public int Uploaded => Results.Count(r => r.Disposition == UploadDisposition.Uploaded);

    public int Skipped => Results.Count(r => r.Disposition == UploadDisposition.Skipped);

    public int Refused => Results.Count(r => r.Disposition == UploadDisposition.Refused);
}
