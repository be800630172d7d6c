namespace ReportAudit.Core.Storage;

/// <summary>The state of one week's digest for one recipient, as stored in <c>DigestRuns</c>.</summary>
public static class DigestRunStatus
{
    /// <summary>A run has claimed the delivery and is sending it.</summary>
    public const string Sending = "sending";

    public const string Sent = "sent";

    /// <summary>Every attempt of the last run failed; the next run tries again.</summary>
    public const string Failed = "failed";
}
