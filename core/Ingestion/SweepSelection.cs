namespace ReportAudit.Core.Ingestion;

/// <summary>What <c>reconcile</c> takes from the container listing: the blobs to process now, and how many blob versions were given up on (recorded as failed, not processed again).</summary>
public sealed record SweepSelection(IReadOnlyList<string> Paths, int GaveUp);
