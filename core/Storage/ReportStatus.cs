namespace ReportAudit.Core.Storage;

/// <summary>The processing status of an uploaded file, as stored.</summary>
public static class ReportStatus
{
    public const string Parsed = "parsed";
    public const string Partial = "partial";
    public const string Unparseable = "unparseable";

    /// <summary>Processing kept failing (storage or host errors) until the host gave up: the poison path. Retry it.</summary>
    public const string Failed = "failed";
}
