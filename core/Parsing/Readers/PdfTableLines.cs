namespace ReportAudit.Core.Parsing.Readers;

/// <summary>
/// Puts a PDF table row's wrapped label back together. Word prints a long label over several lines in its
/// cell and centres the row's numbers vertically, so the text layer gives the label's lines above and below
/// the line with the numbers (the anchor), and a row whose label starts at the foot of a page continues on
/// the next one, after the page header and the repeated table header. Label lines are joined into the
/// anchor's label cell: a line that starts with an ordinal (<c>4.</c>, <c>（三）</c>) starts the next row's label,
/// any other line continues the nearer row's. Lines over the number columns (headers) are left alone.
/// </summary>
internal static class PdfTableLines
{
    /// <summary>Label lines further apart than this many line heights are not one cell.</summary>
    private const double MaxLineGap = 2.4;

    /// <summary>How many lines may come between a page's top and the row that continues a table from the previous page.</summary>
    private const int MaxLinesBeforeContinuation = 10;

    public static void Join(List<PdfLine> lines)
    {
        var anchors = new List<int>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (IsAnchor(lines[i]))
            {
                anchors.Add(i);
            }
        }

        if (anchors.Count == 0)
        {
            return;
        }

        var above = new List<(int Anchor, PdfCell Cell)>();
        var below = new List<(int Anchor, PdfCell Cell)>();
        var i0 = 0;
        while (i0 < lines.Count)
        {
            if (!IsLabelFragment(lines[i0]))
            {
                i0++;
                continue;
            }

            var end = i0;
            while (end + 1 < lines.Count && IsLabelFragment(lines[end + 1]) && Adjacent(lines[end], lines[end + 1]))
            {
                end++;
            }

            AssignRun(lines, i0, end, above, below);
            i0 = end + 1;
        }

        // Above: bottom-up prepending keeps the lines' order; below: top-down appending.
        for (var k = above.Count - 1; k >= 0; k--)
        {
            Merge(lines[above[k].Anchor], above[k].Cell, prepend: true);
        }

        foreach (var (anchor, cell) in below)
        {
            Merge(lines[anchor], cell, prepend: false);
        }

        lines.RemoveAll(l => l.Cells.Count == 0);
    }

    private static void AssignRun(List<PdfLine> lines, int from, int to, List<(int, PdfCell)> above, List<(int, PdfCell)> below)
    {
        var previous = from > 0 ? PreviousAnchor(lines, from) : -1;
        var next = NextAnchor(lines, to);
        if (previous < 0 && next < 0)
        {
            return;
        }

        var startedNext = false;
        for (var i = from; i <= to; i++)
        {
            var line = lines[i];
            foreach (var cell in line.Cells.ToArray())
            {
                int target;
                if (next >= 0 && (startedNext || StartsWithOrdinal(cell.Text)))
                {
                    startedNext = true;
                    target = next;
                }
                else if (previous >= 0 && next >= 0 && lines[previous].Page == line.Page && lines[next].Page == line.Page)
                {
                    // The nearer row takes it, but nothing goes before a label's own ordinal (公开申请 above 3.其他 ends the row above).
                    target = line.Baseline - lines[next].Baseline >= lines[previous].Baseline - line.Baseline - 0.5 || StartsWithOrdinalAt(lines[next], cell)
                        ? previous
                        : next;
                }
                else if (previous >= 0 && (next < 0 || lines[previous].Page == line.Page || lines[next].Page != line.Page))
                {
                    // Without an ordinal, a line continues the label above it, also across a page break.
                    target = previous;
                }
                else
                {
                    target = next;
                }

                if (!FitsLabelColumn(lines[target], cell))
                {
                    continue;
                }

                (target == previous ? below : above).Add((target, cell));
                line.Cells.Remove(cell);
            }
        }
    }

    /// <summary>The anchor right before a run: on the same page within reach, or the last line of the previous page's table.</summary>
    private static int PreviousAnchor(List<PdfLine> lines, int from)
    {
        var candidate = from - 1;
        if (!IsAnchor(lines[candidate]))
        {
            return -1;
        }

        return lines[candidate].Page == lines[from].Page ? (Adjacent(lines[candidate], lines[from]) ? candidate : -1) : candidate;
    }

    /// <summary>The anchor right after a run: on the same page within reach, or the next page's first table row.</summary>
    private static int NextAnchor(List<PdfLine> lines, int to)
    {
        if (to + 1 >= lines.Count)
        {
            return -1;
        }

        var candidate = to + 1;
        if (lines[candidate].Page == lines[to].Page)
        {
            return IsAnchor(lines[candidate]) && Adjacent(lines[to], lines[candidate]) ? candidate : -1;
        }

        // The run ends its page: the table goes on after the next page's header lines.
        for (var i = candidate; i < lines.Count && i < candidate + MaxLinesBeforeContinuation && lines[i].Page == lines[candidate].Page; i++)
        {
            if (IsAnchor(lines[i]))
            {
                return i;
            }

            if (IsLabelFragment(lines[i]))
            {
                return -1;
            }
        }

        return -1;
    }

    private static bool Adjacent(PdfLine upper, PdfLine lower) =>
        upper.Page == lower.Page && upper.Baseline - lower.Baseline <= MaxLineGap * Math.Max(upper.Height, lower.Height);

    /// <summary>A table row: at least two numbers, and nothing but numbers after the first one.</summary>
    public static bool IsAnchor(PdfLine line)
    {
        var values = 0;
        foreach (var cell in line.Cells)
        {
            if (CellValueParser.IsValueLike(cell.Text))
            {
                values++;
            }
            else if (values > 0)
            {
                return false;
            }
        }

        return values >= 2;
    }

    /// <summary>A line of label text only, narrow enough to sit left of a table's number columns.</summary>
    private static bool IsLabelFragment(PdfLine line)
    {
        if (line.Cells.Count == 0 || line.Cells.Count > 3)
        {
            return false;
        }

        foreach (var cell in line.Cells)
        {
            if (CellValueParser.IsValueLike(cell.Text) || cell.Text.Length > 20)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The fragment lies left of the anchor's first number, i.e. in its label columns.</summary>
    private static bool FitsLabelColumn(PdfLine anchor, PdfCell cell)
    {
        foreach (var c in anchor.Cells)
        {
            if (CellValueParser.IsValueLike(c.Text))
            {
                return cell.Right <= c.Left + 1;
            }
        }

        return false;
    }

    private static void Merge(PdfLine anchor, PdfCell fragment, bool prepend)
    {
        PdfCell? best = null;
        var bestOverlap = 0.0;
        foreach (var cell in anchor.Cells)
        {
            if (CellValueParser.IsValueLike(cell.Text))
            {
                break;
            }

            var overlap = Math.Min(cell.Right, fragment.Right) - Math.Max(cell.Left, fragment.Left);
            if (overlap > bestOverlap)
            {
                best = cell;
                bestOverlap = overlap;
            }
        }

        if (best is null)
        {
            var at = anchor.Cells.FindIndex(c => c.Left > fragment.Left);
            anchor.Cells.Insert(at < 0 ? anchor.Cells.Count : at, fragment);
            return;
        }

        best.Text = prepend ? fragment.Text + best.Text : best.Text + fragment.Text;
        best.Left = Math.Min(best.Left, fragment.Left);
        best.Right = Math.Max(best.Right, fragment.Right);
    }

    /// <summary>The anchor's label cell under the fragment already starts with an ordinal.</summary>
    private static bool StartsWithOrdinalAt(PdfLine anchor, PdfCell fragment)
    {
        foreach (var cell in anchor.Cells)
        {
            if (CellValueParser.IsValueLike(cell.Text))
            {
                return false;
            }

            if (Math.Min(cell.Right, fragment.Right) - Math.Max(cell.Left, fragment.Left) > 0 && StartsWithOrdinal(cell.Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>4.</c>, <c>4、</c>, <c>（三）</c>, <c>(三)</c>, <c>三、</c>: the first line of a numbered label.</summary>
    public static bool StartsWithOrdinal(string text)
    {
        var t = text.AsSpan().TrimStart();
        if (t.Length < 2)
        {
            return false;
        }

        if (t[0] is '（' or '(')
        {
            var close = t.IndexOfAny('）', ')');
            return close is >= 2 and <= 4 && IsNumeral(t[1..close]);
        }

        var n = 0;
        while (n < t.Length && n < 3 && (char.IsAsciiDigit(t[n]) || IsChineseNumeral(t[n])))
        {
            n++;
        }

        return n > 0 && n < t.Length && t[n] is '.' or '．' or '、';
    }

    private static bool IsNumeral(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c) && !IsChineseNumeral(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsChineseNumeral(char c) => "一二三四五六七八九十".Contains(c, StringComparison.Ordinal);
}
