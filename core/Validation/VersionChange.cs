namespace ReportAudit.Core.Validation;

/// <summary>
/// What changed since the previous version of the same body's report for the same year (a report
/// changed after publication): the cells that differ and the sections whose text differs. Computed
/// at ingestion from the previous version's stored parsed JSON; the <c>version.changed</c> rule reads it.
/// </summary>
/// <param name="Version">This version's number (2 or more).</param>
/// <param name="PreviousVersion">The number of the version compared with.</param>
/// <param name="PreviousReportId">The report (blob) the previous version was read from: this one when the blob was overwritten.</param>
/// <param name="Cells">The changed cells, in table order (at most <see cref="MaxCells"/>; <paramref name="MoreCells"/> says how many more).</param>
/// <param name="Sections">The numbers (1–6) of the sections whose text changed, added or went missing.</param>
/// <param name="MoreCells">How many further changed cells were not listed.</param>
public sealed record VersionChange(
    int Version,
    int PreviousVersion,
    string PreviousReportId,
    IReadOnlyList<ChangedCell> Cells,
    IReadOnlyList<int> Sections,
    int MoreCells = 0)
{
    /// <summary>At most this many cells are kept (a table row holds it; the rest are counted).</summary>
    public const int MaxCells = 200;

    /// <summary>True when the two versions differ in a cell or a section's text (not only in, say, the file's encoding).</summary>
    public bool HasChanges => Cells.Count > 0 || Sections.Count > 0 || MoreCells > 0;
}
