namespace ReportAudit.Core.Exports;

/// <summary>
/// One cell of one report's tables, as a row of the open-data export: who and when, where in the template (section,
/// canonical row and column keys, and the template's labels for them), the value, the text as printed, its unit, and
/// where in the source file it was read.
/// </summary>
/// <param name="Value">The number read (null: blank or not a number).</param>
/// <param name="Yuan">For money cells with a known unit, the value in 元.</param>
public sealed record OpenDataCell(
    string ReportId,
    string? Body,
    string Region,
    int? Year,
    string? Template,
    int Section,
    string Table,
    string Row,
    string Column,
    string? RowLabel,
    string? ColumnLabel,
    decimal? Value,
    string? Raw,
    string? Unit,
    decimal? Yuan,
    string? Location);
