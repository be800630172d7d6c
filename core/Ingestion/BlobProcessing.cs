namespace ReportAudit.Core.Ingestion;

/// <summary>What became of one blob handed to <see cref="BlobProcessor"/>.</summary>
public enum BlobProcessing
{
    /// <summary>Read and ingested (stored, or found unchanged).</summary>
    Ingested,

    /// <summary>The blob is gone; its report was left as it is.</summary>
    Missing,

    /// <summary>The name is refused (<see cref="BlobNames.Refusal"/>); recorded as failed with the reason.</summary>
    Refused,
}
