using ReportAudit.Core.Model;

namespace ReportAudit.Core.Parsing.Readers;

/// <summary>
/// Splits a table row flattened with spaces (text copied from a PDF: <c>(三)不予公开 1.属于国家秘密 5 0 0 0 0 0 5</c>,
/// or section 四's fifteen numbers on one line) into cells sharing the line as row id. The numbers at the end of
/// the line are value cells; the text before them is the label, split where a row label opens after a group
/// label (<c>(三)不予公开 | 1.属于国家秘密</c>). A blank cell leaves no trace in such a line, so value cells are
/// marked <see cref="Piece.BlanksUnmarked"/>; where the columns are aligned by runs of spaces (pdftotext -layout),
/// each value also carries its horizontal position, so blanks can be placed under their columns. A row copied from a
/// browser has its cells separated by tabs and keeps its blanks as empty fields.
/// </summary>
internal static class SpacedRowReader
{
    /// <summary>A label longer than this before the numbers is prose, not a row.</summary>
    private const int MaxLabelLength = 64;

    public static bool TryRead(string line, int lineIndex, List<Piece> into)
    {
        if (line.Contains('\t', StringComparison.Ordinal) && line.AsSpan().Trim().Length > 0)
        {
            return TryReadTabbed(line, lineIndex, into);
        }

        // Value tokens from the end of the line.
        Span<Range> tokens = stackalloc Range[32];
        var count = 0;
        var end = line.Length;
        var labelEnd = line.Length;
        var aligned = false;
        while (count < tokens.Length)
        {
            while (end > 0 && IsSpace(line[end - 1]))
            {
                end--;
            }

            var start = end;
            while (start > 0 && !IsSpace(line[start - 1]))
            {
                start--;
            }

            if (start == end || !IsNumberToken(line.AsSpan(start, end - start)))
            {
                break;
            }

            tokens[count++] = new Range(start, end);
            labelEnd = start;
            aligned |= start >= 2 && IsSpace(line[start - 1]) && IsSpace(line[start - 2]);
            end = start;
        }

        var label = line.AsSpan(0, labelEnd).Trim();
        if (count == 1 && label.Length == 0)
        {
            // One cell per line (a PDF's text copied out): a number on its own line is a value cell whose row's
            // blanks, if any, left no trace.
            var (offset, length) = tokens[0].GetOffsetAndLength(line.Length);
            into.Add(new Piece(line.Substring(offset, length), true, SourceLocation.AtLine(lineIndex + 1, offset + 1), 0, 0, blanksUnmarked: true));
            return true;
        }

        if (count == 0 || label.Length > MaxLabelLength || EndsLikeProse(label))
        {
            return false;
        }

        var rowId = lineIndex + 1;
        if (label.Length > 0)
        {
            var labelStart = line.IndexOf(label[0], StringComparison.Ordinal);
            var split = RowLabelStart(label);
            if (split > 0)
            {
                into.Add(new Piece(CellText.Clean(label[..split].ToString()), true, SourceLocation.AtLine(rowId, labelStart + 1), rowId));
                into.Add(new Piece(CellText.Clean(label[split..].ToString()), true, SourceLocation.AtLine(rowId, labelStart + split + 1), rowId));
            }
            else
            {
                into.Add(new Piece(CellText.Clean(label.ToString()), true, SourceLocation.AtLine(rowId, labelStart + 1), rowId));
            }
        }

        for (var t = count - 1; t >= 0; t--)
        {
            var (offset, length) = tokens[t].GetOffsetAndLength(line.Length);
            var x = aligned ? offset + (length / 2.0) + 1 : 0;
            into.Add(new Piece(line.Substring(offset, length), true, SourceLocation.AtLine(rowId, offset + 1), rowId, x, blanksUnmarked: true));
        }

        return true;
    }

    /// <summary>
    /// A row copied from a browser: cells separated by tabs, a blank cell an empty field, so every value keeps its
    /// column. Empty fields before the first label are the label column of a row under a rowspan.
    /// </summary>
    private static bool TryReadTabbed(string line, int lineIndex, List<Piece> into)
    {
        // Every tab-separated line of a table section is a row, a header row or one whose cells are all blank too.
        var fields = line.Split('\t');
        if (fields.Length < 2)
        {
            return false;
        }

        var rowId = lineIndex + 1;
        var anyText = Array.Exists(fields, f => f.Trim().Length > 0 && !CellValueParser.IsValueLike(f.Trim()));
        var seenText = !anyText;
        var column = 1;
        foreach (var field in fields)
        {
            var text = CellText.Clean(field);
            seenText |= text.Length > 0;
            if (seenText)
            {
                into.Add(new Piece(text, true, SourceLocation.AtLine(rowId, column), rowId));
            }

            column += field.Length + 1;
        }

        return true;
    }

    /// <summary>A token that is a number (or a blank mark such as —) and holds a digit unless it is a blank mark.</summary>
    private static bool IsNumberToken(ReadOnlySpan<char> token)
    {
        var text = token.ToString();
        return CellValueParser.IsValueLike(text);
    }

    /// <summary>Where a row label opens after a group label: a space, then (一) / （一） / 1. / 1、.</summary>
    private static int RowLabelStart(ReadOnlySpan<char> label)
    {
        for (var i = 1; i < label.Length - 2; i++)
        {
            if (!IsSpace(label[i]) || IsSpace(label[i - 1]))
            {
                continue;
            }

            var next = label[(i + 1)..];
            var opensRow = next[0] is '(' or '（'
                || (char.IsAsciiDigit(next[0]) && next.Length > 1 && next[1] is '.' or '．' or '、');
            if (opensRow)
            {
                return i + 1;
            }
        }

        return -1;
    }

    private static bool EndsLikeProse(ReadOnlySpan<char> label) =>
        label.Length > 0 && label[^1] is '。' or '，' or ',' or '；' or ';' or '：' or ':' or '年' or '月' or '第';

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\u3000' or '\u00A0';
}
