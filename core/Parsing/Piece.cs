using ReportAudit.Core.Model;

namespace ReportAudit.Core.Parsing;

/// <summary>
/// The unit every reader produces: a paragraph line, or a table cell with the row it belongs to.
/// Text, HTML, Word and PDF input all become a sequence of pieces, so that sections, metadata
/// and tables are found by one assembler whatever the input was.
/// </summary>
internal readonly record struct Piece
{
    /// <summary>
    /// The location in three numbers instead of <see cref="SourceLocation"/>'s five: a piece is at a line and column
    /// (<see cref="SourceLocation.AtLine"/>) or at a table, row and cell (<see cref="SourceLocation.InTable"/>), never
    /// both, and a page has thousands of pieces (40 bytes each instead of 48).
    /// </summary>
    private readonly int _lineOrTable;
    private readonly int _columnOrRow;
    private readonly int _cell;
    private readonly bool _inTable;

    /// <param name="text">Trimmed text, pinyin marks removed.</param>
    /// <param name="isCell">True for a table cell, false for a paragraph line.</param>
    /// <param name="location">Where the piece is in the source: a line and column, or a table, row and cell.</param>
    /// <param name="rowId">An id shared by the cells of one table row, or 0 when the input does not say (flattened text).</param>
    /// <param name="x">The horizontal centre of the cell on the page (PDF only; 0 elsewhere), to place cells under their columns.</param>
    /// <param name="blanksUnmarked">True for a value cell of a row in which a blank cell leaves no trace (a text row flattened with spaces): fewer values than columns cannot be placed.</param>
    public Piece(string text, bool isCell, SourceLocation location, int rowId = 0, double x = 0, bool blanksUnmarked = false)
    {
        if ((location.Line != 0 || location.Column != 0) && (location.Table != 0 || location.Row != 0 || location.Cell != 0))
        {
            throw new ArgumentException("a piece is at a line or in a table, not both", nameof(location));
        }

        Text = text;
        IsCell = isCell;
        RowId = rowId;
        X = x;
        BlanksUnmarked = blanksUnmarked;
        _inTable = location.Table != 0 || location.Row != 0 || location.Cell != 0;
        _lineOrTable = _inTable ? location.Table : location.Line;
        _columnOrRow = _inTable ? location.Row : location.Column;
        _cell = location.Cell;
    }

    /// <summary>Trimmed text, pinyin marks removed.</summary>
    public string Text { get; }

    /// <summary>True for a table cell, false for a paragraph line.</summary>
    public bool IsCell { get; }

    /// <summary>Where the piece is in the source.</summary>
    public SourceLocation Location => _inTable
        ? SourceLocation.InTable(_lineOrTable, _columnOrRow, _cell)
        : SourceLocation.AtLine(_lineOrTable, _columnOrRow);

    /// <summary>An id shared by the cells of one table row, or 0 when the input does not say (flattened text).</summary>
    public int RowId { get; }

    /// <summary>The horizontal centre of the cell on the page (PDF only; 0 elsewhere), to place cells under their columns.</summary>
    public double X { get; }

    /// <summary>True for a value cell of a row in which a blank cell leaves no trace (a text row flattened with spaces): fewer values than columns cannot be placed.</summary>
    public bool BlanksUnmarked { get; }

    public bool IsEmpty => Text.Length == 0;
}
