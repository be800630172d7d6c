namespace ReportAudit.Core.Ingestion;

/// <summary>What became of one file offered for upload.</summary>
public enum UploadDisposition
{
    /// <summary>Written to the reports container.</summary>
    Uploaded,

    /// <summary>Not written: the same content is already there.</summary>
    Skipped,

    /// <summary>Not written: too large, not a report type, unreadable or without a region.</summary>
    Refused,
}
