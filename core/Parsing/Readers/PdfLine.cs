namespace ReportAudit.Core.Parsing.Readers;

/// <summary>One line of a PDF page's text layer, split into cells (see <see cref="PdfPieceReader"/>).</summary>
/// <param name="Page">The page, from 1.</param>
/// <param name="Number">The line's number in the document (for source locations).</param>
/// <param name="Baseline">The baseline's height on the page (PDF units, growing upwards).</param>
/// <param name="Height">The tallest word's height.</param>
/// <param name="Cells">The line's cells, left to right.</param>
internal sealed record PdfLine(int Page, int Number, double Baseline, double Height, List<PdfCell> Cells);
