using ReportAudit.Core.Model;
using ReportAudit.Core.Validation;

namespace ReportAudit.Core.Collection;

/// <summary>One copy of a body's report for a year, as parsed: where it came from, how it parsed and its cells.</summary>
/// <param name="SourceUrl">The URL it was collected from.</param>
/// <param name="BlobPath">The blob it is stored in.</param>
/// <param name="Status">How it parsed, or failed.</param>
/// <param name="Verdict">The report's verdict.</param>
/// <param name="Cells">Every table cell, <c>{table}/{row}/{column}</c> → its number (null when blank or not a number).</param>
public sealed record ReportCopy(string SourceUrl, string BlobPath, ReportStatus Status, Verdict Verdict, IReadOnlyDictionary<string, decimal?> Cells)
{
    public int BlankCells => Cells.Count(c => c.Value is null);
}
