using ReportAudit.Core.Model;
using ReportAudit.Core.Validation;

namespace ReportAudit.Core.Storage;

/// <summary>
/// One copy of a body's report for a year (a <c>copies</c> row per body, year and source URL): how it parsed, whether it
/// is the report of record, and how many cells it disagrees on with the other readable copies.
/// </summary>
public sealed record CollectionCopy(string BodyKey, int Year, string SourceUrl, string BlobPath, ReportStatus Status, Verdict Verdict, int BlankCells, bool IsRecord, int Disagreements, string DisagreementSummary)
{
    public string? Body { get; init; }
}
