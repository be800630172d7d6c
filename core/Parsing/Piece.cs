using ReportAudit.Core.Model;

namespace ReportAudit.Core.Parsing;

/// <summary>
/// The unit every reader produces: a paragraph line, or a table cell with the row it belongs to.
/// Text, HTML, Word and PDF input all become a sequence of pieces, so that sections, metadata
/// and tables are found by one assembler whatever the input was.
/// </summary>
/// <param name="Text">Trimmed text, pinyin marks removed.</param>
/// <param name="IsCell">True for a table cell, false for a paragraph line.</param>
/// <param name="Location">Where the piece is in the source.</param>
/// <param name="RowId">An id shared by the cells of one table row, or 0 when the input does not say (flattened text).</param>
/// <param name="X">The horizontal centre of the cell on the page (PDF only; 0 elsewhere), to place cells under their columns.</param>
/// <param name="BlanksUnmarked">True for a value cell of a row in which a blank cell leaves no trace (a text row flattened with spaces): fewer values than columns cannot be placed.</param>
internal readonly record struct Piece(string Text, bool IsCell, SourceLocation Location, int RowId = 0, double X = 0, bool BlanksUnmarked = false)
{
    public bool IsEmpty => Text.Length == 0;
}
