namespace ReportAudit.Core.Validation;

/// <summary>
/// One table cell that differs between two versions of a report: the table (<c>activeDisclosure</c>,
/// <c>applications</c>, <c>reviewLitigation</c>), the canonical row and column keys, and the cell's raw
/// text before and after (null: the version did not give the cell at all).
/// </summary>
public sealed record ChangedCell(string Table, string Row, string Column, string? Before, string? After)
{
    /// <summary>The section the table is in: 二, 三 or 四.</summary>
    public int Section => Table switch
    {
        "activeDisclosure" => 2,
        "applications" => 3,
        _ => 4,
    };
}
