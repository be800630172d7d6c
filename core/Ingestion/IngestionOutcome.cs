using ReportAudit.Core.Storage;

namespace ReportAudit.Core.Ingestion;

/// <summary>What ingesting one upload did.</summary>
/// <param name="Report">The report as now stored.</param>
/// <param name="Changed">False when the same content was already stored by the same parser version (nothing written).</param>
/// <param name="FindingCount">How many findings the report has.</param>
public sealed record IngestionOutcome(StoredReport Report, bool Changed, int FindingCount)
{
    /// <summary>Nothing written: the report stays as stored.</summary>
    public static IngestionOutcome Unchanged(StoredReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new(report, Changed: false, report.Errors + report.Warnings + report.Notices);
    }
}
