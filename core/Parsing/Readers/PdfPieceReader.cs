using ReportAudit.Core.Model;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Exceptions;

namespace ReportAudit.Core.Parsing.Readers;

/// <summary>
/// Reads a PDF's text layer into pieces. Words are grouped into lines by their baseline; within a
/// line, a wide gap or a number starts a new cell, so a table row printed from Word becomes a row
/// of cells. Page numbers such as <c>- 4 -</c> are dropped. A PDF without any text is a scan.
/// </summary>
internal static class PdfPieceReader
{
    public static List<Piece> Read(byte[] bytes, ParserOptions options)
    {
        try
        {
            using var document = PdfDocument.Open(bytes);
            var pieces = new List<Piece>(1024);
            var lineNumber = 0;
            var rowId = 0;
            var pageCount = Math.Min(document.NumberOfPages, options.MaxPdfPages);
            var anyLetters = false;
            for (var p = 1; p <= pageCount; p++)
            {
                var page = document.GetPage(p);
                var words = page.GetWords().Where(w => !string.IsNullOrWhiteSpace(w.Text)).ToList();
                anyLetters |= words.Count > 0;
                foreach (var line in GroupLines(words))
                {
                    lineNumber++;
                    var cells = SplitCells(line);
                    var text = string.Concat(cells.Select(c => c.Text));
                    if (IsPageNumber(text))
                    {
                        continue;
                    }

                    if (cells.Count == 1)
                    {
                        pieces.Add(new Piece(CellText.Clean(cells[0].Text), false, SourceLocation.AtLine(lineNumber, 1)));
                        continue;
                    }

                    rowId++;
                    for (var c = 0; c < cells.Count; c++)
                    {
                        pieces.Add(new Piece(CellText.Clean(cells[c].Text), true, SourceLocation.AtLine(lineNumber, c + 1), rowId, cells[c].X));
                    }
                }

                if (pieces.Count > options.MaxPieces)
                {
                    throw new ParseFailure("input.too-many-cells", $"PDF 的行和单元格超过上限 {options.MaxPieces}", $"more than {options.MaxPieces} lines and cells");
                }
            }

            if (!anyLetters)
            {
                throw new ParseFailure("pdf.no-text-layer", "扫描版 PDF，没有文字层，无法读取（请提供文字版 PDF、Word 或网页）", "scanned PDF, no text layer");
            }

            return pieces;
        }
        catch (PdfDocumentEncryptedException)
        {
            throw new ParseFailure("pdf.encrypted", "PDF 已加密，无法读取", "the PDF is encrypted");
        }
        catch (Exception e) when (e is PdfDocumentFormatException or InvalidOperationException or ArgumentException or IndexOutOfRangeException or InvalidCastException or NullReferenceException)
        {
            throw new ParseFailure("pdf.invalid", $"PDF 文件损坏：{e.Message}", $"damaged PDF: {e.Message}");
        }
    }

    private static IEnumerable<List<Word>> GroupLines(List<Word> words)
    {
        var sorted = words.OrderByDescending(w => Math.Round(w.BoundingBox.Bottom, 0)).ThenBy(w => w.BoundingBox.Left).ToList();
        var line = new List<Word>();
        double baseline = double.NaN, height = 0;
        foreach (var word in sorted)
        {
            var h = Math.Max(word.BoundingBox.Height, 1);
            if (line.Count > 0 && Math.Abs(word.BoundingBox.Bottom - baseline) > Math.Max(height, h) * 0.5)
            {
                yield return line.OrderBy(w => w.BoundingBox.Left).ToList();
                line = [];
            }

            if (line.Count == 0)
            {
                baseline = word.BoundingBox.Bottom;
                height = h;
            }

            line.Add(word);
        }

        if (line.Count > 0)
        {
            yield return line.OrderBy(w => w.BoundingBox.Left).ToList();
        }
    }

    private static List<(string Text, double X)> SplitCells(List<Word> line)
    {
        var cells = new List<(string Text, double X)>();
        var current = new System.Text.StringBuilder();
        double left = 0, right = 0;
        Word? previous = null;
        foreach (var word in line)
        {
            if (previous is not null)
            {
                var gap = word.BoundingBox.Left - previous.BoundingBox.Right;
                var charWidth = Math.Max(previous.BoundingBox.Width / Math.Max(previous.Text.Length, 1), word.BoundingBox.Width / Math.Max(word.Text.Length, 1));
                var numeric = CellValueParser.IsValueLike(word.Text) || CellValueParser.IsValueLike(previous.Text);
                if (gap > charWidth * 1.5 || (numeric && gap > charWidth * 0.8))
                {
                    cells.Add((current.ToString(), (left + right) / 2));
                    current.Clear();
                }
                else if (gap > charWidth * 0.3)
                {
                    current.Append(' ');
                }
            }

            if (current.Length == 0)
            {
                left = word.BoundingBox.Left;
            }

            current.Append(word.Text);
            right = word.BoundingBox.Right;
            previous = word;
        }

        cells.Add((current.ToString(), (left + right) / 2));
        return cells;
    }

    private static bool IsPageNumber(string text)
    {
        var t = text.Trim();
        return t.Length is > 0 and < 12
            && (t[0] is '-' or '—' or '–' or '第')
            && t.Any(char.IsAsciiDigit)
            && t.All(c => char.IsAsciiDigit(c) || c is '-' or '—' or '–' or ' ' or '第' or '页' or '共' or '/');
    }
}
