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

        // Per page, where the widest label columns end: label lines lie left of it, header lines reach over it.
        var boundary = new Dictionary<int, double>();
        foreach (var a in anchors)
        {
            var left = lines[a].Cells.First(c => CellValueParser.IsValueLike(c.Text)).Left;
            boundary[lines[a].Page] = boundary.TryGetValue(lines[a].Page, out var b) ? Math.Max(b, left) : left;
        }

        var above = new List<(int Anchor, PdfCell Cell)>();
        var below = new List<(int Anchor, PdfCell Cell)>();
        var i0 = 0;
        while (i0 < lines.Count)
        {
            if (!IsLabelFragment(lines[i0]) || !LeftOf(lines[i0], boundary))
            {
                i0++;
                continue;
            }

            var end = i0;
            while (end + 1 < lines.Count && IsLabelFragment(lines[end + 1]) && LeftOf(lines[end + 1], boundary) && Adjacent(lines[end], lines[end + 1]))
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

        // Labels that start in the run (their ordinal line) with their continuation lines, per column; the last one in
        // a column belongs to the row below, any before it are rows printed without numbers (all cells blank).
        var groups = new List<List<(PdfLine Line, PdfCell Cell)>>();
        for (var i = from; i <= to; i++)
        {
            var line = lines[i];
            var previousSamePage = previous >= 0 && lines[previous].Page == line.Page;
            var nextSamePage = next >= 0 && lines[next].Page == line.Page;
            foreach (var cell in line.Cells.ToArray())
            {
                int target;
                if (next >= 0 && StartsWithOrdinal(cell.Text))
                {
                    groups.Add([(line, cell)]);
                    continue;
                }

                if (next >= 0 && groups.FindLast(g => Overlap(g[0].Cell, cell) > 0) is { } group)
                {
                    group.Add((line, cell));
                    continue;
                }

                if (previousSamePage && nextSamePage)
                {
                    // The nearer row takes it, but nothing goes before a label's own ordinal (公开申请 above 3.其他 ends the row above).
                    target = line.Baseline - lines[next].Baseline >= lines[previous].Baseline - line.Baseline - 0.5 || LabelStartsBelow(lines, i, to, next, cell)
                        ? previous
                        : next;
                }
                else if (previousSamePage)
                {
                    // At a page's foot, without an ordinal: the label above goes on.
                    target = previous;
                }
                else if (nextSamePage)
                {
                    // At a page's top: the rest of the previous page's last label (its numbers printed there) when the
                    // row below already has its own ordinal, else the start of the row below.
                    target = previous >= 0 && LabelStartsBelow(lines, i, to, next, cell) ? previous : next;
                }
                else
                {
                    continue;
                }

                if (!FitsLabelColumn(lines[target], cell))
                {
                    continue;
                }

                (target == previous ? below : above).Add((target, cell));
                line.Cells.Remove(cell);
            }
        }

        for (var g = 0; g < groups.Count; g++)
        {
            var head = groups[g][0].Cell;
            var last = !groups.Skip(g + 1).Any(later => Overlap(later[0].Cell, head) > 0);
            if (last && !StartsWithOrdinalAt(lines[next], head) && FitsLabelColumn(lines[next], head))
            {
                foreach (var (line, cell) in groups[g])
                {
                    above.Add((next, cell));
                    line.Cells.Remove(cell);
                }

                continue;
            }

            // A row without numbers: its label lines become one, where its first line is.
            foreach (var (line, cell) in groups[g].Skip(1))
            {
                head.Text += cell.Text;
                head.Left = Math.Min(head.Left, cell.Left);
                head.Right = Math.Max(head.Right, cell.Right);
                line.Cells.Remove(cell);
            }
        }
    }

    /// <summary>The anchor right before a run: on the same page within reach, or the last line of the previous page's table.</summary>
    private static int PreviousAnchor(List<PdfLine> lines, int from)
    {
        var candidate = from - 1;
        if (IsAnchor(lines[candidate]))
        {
            return lines[candidate].Page == lines[from].Page ? (Adjacent(lines[candidate], lines[from]) ? candidate : -1) : candidate;
        }

        // At a page's top, after the repeated table header: the previous page's last row, when the table ended that page.
        for (var i = candidate; i >= 0 && i > candidate - MaxLinesBeforeContinuation; i--)
        {
            if (lines[i].Page != lines[from].Page)
            {
                return IsAnchor(lines[i]) ? i : -1;
            }

            if (IsAnchor(lines[i]))
            {
                return -1;
            }
        }

        return -1;
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
        }

        return -1;
    }

    private static bool LeftOf(PdfLine line, Dictionary<int, double> boundary) =>
        !boundary.TryGetValue(line.Page, out var left) || line.Cells.TrueForAll(c => c.Right <= left + 1);

    private static bool Adjacent(PdfLine upper, PdfLine lower) =>
        upper.Page == lower.Page && upper.Baseline - lower.Baseline <= MaxLineGap * Math.Max(upper.Height, lower.Height);

    /// <summary>
    /// A table row: at least three numbers (every row of sections 三 and 四, most of 二), and nothing but numbers after
    /// the first one; a line of prose with a telephone number or two figures at its end is not one.
    /// </summary>
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

        return values >= 3;
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

            var overlap = Overlap(cell, fragment);
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

    private static double Overlap(PdfCell a, PdfCell b) => Math.Min(a.Right, b.Right) - Math.Max(a.Left, b.Left);

    /// <summary>In the fragment's column, a label's ordinal line follows (later in the run, or on the anchor): the fragment ends the label above.</summary>
    private static bool LabelStartsBelow(List<PdfLine> lines, int line, int to, int anchor, PdfCell fragment)
    {
        for (var i = line + 1; i <= to; i++)
        {
            if (lines[i].Cells.Exists(c => Overlap(c, fragment) > 0 && StartsWithOrdinal(c.Text)))
            {
                return true;
            }
        }

        return StartsWithOrdinalAt(lines[anchor], fragment);
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

            if (Overlap(cell, fragment) > 0 && StartsWithOrdinal(cell.Text))
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
