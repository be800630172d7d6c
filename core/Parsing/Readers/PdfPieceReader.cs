using ReportAudit.Core.Model;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Exceptions;

namespace ReportAudit.Core.Parsing.Readers;

/// <summary>
/// Reads a PDF's text layer into pieces. Words are grouped into lines by their baseline; within a
/// line, a wide gap or a number starts a new cell, so a table row printed from Word becomes a row
/// of cells. Page numbers such as <c>- 4 -</c> and running page headers are dropped, and a table row's label
/// wrapped over several lines is joined back (see <see cref="PdfTableLines"/>). A PDF without any text is a scan.
/// </summary>
internal static class PdfPieceReader
{
    public static List<Piece> Read(byte[] bytes, ParserOptions options)
    {
        try
        {
            using var document = PdfDocument.Open(bytes);
            var lines = new List<PdfLine>(1024);
            var lineNumber = 0;
            var pageCount = Math.Min(document.NumberOfPages, options.MaxPdfPages);
            var anyLetters = false;
            var cellCount = 0;
            for (var p = 1; p <= pageCount; p++)
            {
                var page = document.GetPage(p);
                var words = page.GetWords().Where(w => !string.IsNullOrWhiteSpace(w.Text)).ToList();
                anyLetters |= words.Count > 0;
                var pageStart = lines.Count;
                foreach (var line in GroupLines(words))
                {
                    lineNumber++;
                    var cells = SplitCells(line);
                    if (!IsPageNumber(string.Concat(cells.Select(c => c.Text))))
                    {
                        lines.Add(new PdfLine(p, lineNumber, line.Min(w => w.BoundingBox.Bottom), line.Max(w => Math.Max(w.BoundingBox.Height, 1)), cells));
                        cellCount += cells.Count;
                    }
                }

                DropBarePageNumber(lines, pageStart, p);

                if (cellCount > options.MaxPieces)
                {
                    throw new ParseFailure("input.too-many-cells", $"PDF 的行和单元格超过上限 {options.MaxPieces}", $"more than {options.MaxPieces} lines and cells");
                }
            }

            DropRepeatedPageHeaders(lines);
            PdfTableLines.Join(lines);
            var pieces = new List<Piece>(cellCount);
            var rowId = 0;
            foreach (var line in lines)
            {
                if (line.Cells.Count == 1)
                {
                    pieces.Add(new Piece(CellText.Clean(line.Cells[0].Text), false, SourceLocation.AtLine(line.Number, 1)));
                    continue;
                }

                rowId++;
                for (var c = 0; c < line.Cells.Count; c++)
                {
                    pieces.Add(new Piece(CellText.Clean(line.Cells[c].Text), true, SourceLocation.AtLine(line.Number, c + 1), rowId, line.Cells[c].Centre));
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

    private static List<PdfCell> SplitCells(List<Word> line)
    {
        var cells = new List<PdfCell>();
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
                    cells.Add(new PdfCell(current.ToString(), left, right));
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

        cells.Add(new PdfCell(current.ToString(), left, right));
        return cells;
    }

    /// <summary>
    /// A running header or footer (the report's title, the body's name) printed on every page: the first or last
    /// line of a page that repeats the first or last line of an earlier page is dropped, so it never lands between
    /// the rows of a table that crosses the page break. Its first occurrence stays (it may be the title).
    /// </summary>
    private static void DropRepeatedPageHeaders(List<PdfLine> lines)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var drop = new HashSet<PdfLine>();
        for (var i = 0; i < lines.Count; i++)
        {
            var first = i == 0 || lines[i - 1].Page != lines[i].Page;
            var last = i == lines.Count - 1 || lines[i + 1].Page != lines[i].Page;
            if ((!first && !last) || lines[i].Cells.Count != 1 || lines[i].Cells[0].Text.Length < 4)
            {
                continue;
            }

            if (!seen.Add(lines[i].Cells[0].Text))
            {
                drop.Add(lines[i]);
            }
        }

        if (drop.Count > 0)
        {
            lines.RemoveAll(drop.Contains);
        }
    }

    /// <summary>
    /// A footer or header that is the page's number alone (<c>4</c>, no dashes): the page's last or first line, one
    /// integer within two of the page's index (a cover page shifts the count). Left in, it would be read as a value of
    /// a table row that goes on after the page break.
    /// </summary>
    private static void DropBarePageNumber(List<PdfLine> lines, int pageStart, int page)
    {
        if (lines.Count > pageStart && IsBareNumber(lines[^1], page))
        {
            lines.RemoveAt(lines.Count - 1);
        }

        if (lines.Count > pageStart && IsBareNumber(lines[pageStart], page))
        {
            lines.RemoveAt(pageStart);
        }
    }

    private static bool IsBareNumber(PdfLine line, int page) =>
        line.Cells.Count == 1 && line.Cells[0].Text.Trim() is { Length: > 0 and <= 3 } t && t.All(char.IsAsciiDigit)
        && Math.Abs(int.Parse(t, System.Globalization.CultureInfo.InvariantCulture) - page) <= 2;

    private static bool IsPageNumber(string text)
    {
        var t = text.Trim();
        return t.Length is > 0 and < 12
            && (t[0] is '-' or '—' or '–' or '第')
            && t.Any(char.IsAsciiDigit)
            && t.All(c => char.IsAsciiDigit(c) || c is '-' or '—' or '–' or ' ' or '第' or '页' or '共' or '/');
    }
}
