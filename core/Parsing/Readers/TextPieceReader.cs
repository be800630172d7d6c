using ReportAudit.Core.Model;

namespace ReportAudit.Core.Parsing.Readers;

/// <summary>
/// Reads plain text, including the text form of web pages in which table cells are flattened with
/// <c>|</c>: whole rows on one line, or one cell per line with <c>|</c> on its own or trailing.
/// Between two section headings, the lines from the first to the last one holding a <c>|</c> are a
/// table region and are split on <c>|</c>; all other lines are paragraph lines. In the table sections
/// (二, 三, 四) of text without <c>|</c> (copied from a PDF), a line ending in numbers separated by spaces is a
/// row: its label and each number become cells.
/// </summary>
internal static class TextPieceReader
{
    public static List<Piece> Read(string text, int maxPieces)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        var pieces = new List<Piece>(lines.Length * 2);
        var segmentStart = 0;
        var segmentSection = 0;
        for (var i = 0; i <= lines.Length; i++)
        {
            var heading = i == lines.Length ? 0 : SectionHeadings.Match(lines[i].Trim(' ', '|', '\t'));
            if (i < lines.Length && heading == 0)
            {
                continue;
            }

            ReadSegment(lines, segmentStart, i, pieces, segmentSection is >= 2 and <= 4);
            segmentSection = heading;
            if (i < lines.Length)
            {
                pieces.Add(new Piece(CellText.Clean(lines[i].Trim(' ', '|', '\t')), false, SourceLocation.AtLine(i + 1, 1)));
            }

            segmentStart = i + 1;
            if (pieces.Count > maxPieces)
            {
                throw new ParseFailure("input.too-many-cells", $"报告的行和单元格超过上限 {maxPieces}", $"more than {maxPieces} lines and cells");
            }
        }

        return pieces;
    }

    private static void ReadSegment(string[] lines, int from, int to, List<Piece> pieces, bool tableSection)
    {
        int firstPipe = -1, lastPipe = -1;
        for (var i = from; i < to; i++)
        {
            if (lines[i].Contains('|', StringComparison.Ordinal))
            {
                if (firstPipe < 0)
                {
                    firstPipe = i;
                }

                lastPipe = i;
            }
        }

        if (firstPipe < 0)
        {
            for (var i = from; i < to; i++)
            {
                if (!tableSection || !SpacedRowReader.TryRead(lines[i], i, pieces))
                {
                    AddLines(lines, i, i + 1, pieces);
                }
            }

            return;
        }

        AddLines(lines, from, firstPipe, pieces);
        SplitTableRegion(lines, firstPipe, lastPipe, pieces);
        AddLines(lines, lastPipe + 1, to, pieces);
    }

    private static void AddLines(string[] lines, int from, int to, List<Piece> pieces)
    {
        for (var i = from; i < to; i++)
        {
            var t = CellText.Clean(lines[i]);
            if (t.Length > 0)
            {
                pieces.Add(new Piece(t, false, SourceLocation.AtLine(i + 1, 1 + lines[i].IndexOf(t[0], StringComparison.Ordinal))));
            }
        }
    }

    /// <summary>Splits lines [from, to] on '|'; a cell may run over several lines.</summary>
    private static void SplitTableRegion(string[] lines, int from, int to, List<Piece> pieces)
    {
        var cell = new System.Text.StringBuilder();
        int cellLine = from, cellColumn = 1;
        var parts = new List<(string Text, int LineOffset)>(4);

        for (var li = from; li <= to; li++)
        {
            var line = lines[li];
            var rowId = RowIdOf(line, li);
            var start = 0;
            while (true)
            {
                var bar = line.IndexOf('|', start);
                var chunk = bar < 0 ? line.AsSpan(start) : line.AsSpan(start, bar - start);
                if (cell.Length == 0 || cell.ToString().Trim().Length == 0)
                {
                    var firstChar = chunk.IndexOfAnyExcept(' ', '\t');
                    if (firstChar >= 0)
                    {
                        cellLine = li;
                        cellColumn = start + firstChar + 1;
                    }
                    else if (cell.Length == 0)
                    {
                        cellLine = li;
                        cellColumn = start + 1;
                    }
                }

                cell.Append(chunk);
                if (bar < 0 && rowId > 0 && li < to && chunk.Trim().Length > 0)
                {
                    // A whole row written without its closing '|': the line break ends its last cell.
                    Emit(cell.ToString(), cellLine, cellColumn, rowId, parts, pieces);
                    cell.Clear();
                    break;
                }

                if (bar < 0)
                {
                    cell.Append('\n');
                    break;
                }

                Emit(cell.ToString(), cellLine, cellColumn, rowId, parts, pieces);
                cell.Clear();
                start = bar + 1;
            }
        }

        if (cell.ToString().Trim().Length > 0)
        {
            // The last cell of a row written without a closing '|' still belongs to its line's row.
            Emit(cell.ToString(), cellLine, cellColumn, RowIdOf(lines[to], to), parts, pieces);
        }
    }

    private static void Emit(string raw, int line, int column, int rowId, List<(string, int)> parts, List<Piece> pieces)
    {
        parts.Clear();
        CellText.Split(raw.Trim('\n'), parts);
        foreach (var (text, offset) in parts)
        {
            pieces.Add(new Piece(text, true, SourceLocation.AtLine(line + 1 + offset, offset == 0 ? column : 1), offset == 0 ? rowId : 0));
        }
    }

    /// <summary>A line holding two or more non-empty cells is a whole row: its cells share the line as row id.</summary>
    private static int RowIdOf(string line, int index)
    {
        var filled = 0;
        foreach (var part in line.Split('|'))
        {
            if (part.Trim().Length > 0 && ++filled >= 2)
            {
                return index + 1;
            }
        }

        return 0;
    }
}
