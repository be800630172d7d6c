namespace ReportAudit.Core.Model;

/// <summary>
/// Where a piece of a report came from: a line and column for text and PDF input (1-based),
/// or a table, row and cell index for HTML and Word input (1-based, in document order).
/// </summary>
public readonly record struct SourceLocation(int Line, int Column, int Table, int Row, int Cell)
{
    public static SourceLocation None => default;

    public static SourceLocation AtLine(int line, int column = 1) => new(line, column, 0, 0, 0);

    public static SourceLocation InTable(int table, int row, int cell) => new(0, 0, table, row, cell);

    public bool IsKnown => Line > 0 || Table > 0;

    public override string ToString() =>
        Table > 0 ? $"table {Table}, row {Row}, cell {Cell}"
        : Line > 0 ? $"line {Line}, column {Column}"
        : "unknown";

    /// <summary>The same place in Chinese, for public messages.</summary>
    public string ToChinese() =>
        Table > 0 ? $"第{Table}个表格第{Row}行第{Cell}格"
        : Line > 0 ? $"第{Line}行第{Column}列"
        : "位置未知";
}
