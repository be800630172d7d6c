using ReportAudit.Core.Model;

namespace ReportAudit.Core.Parsing.Tables;

/// <summary>
/// Reads section 四: fifteen values (three groups × 结果维持, 结果纠正, 其他结果, 尚未审结, 总计). The header is
/// only a guide: real pages have too few or too many header cells. Two arrangements are read:
/// each group's five values after its own label (行政复议 | 11 | … ; 未经复议直接起诉 | …), or one run of value
/// cells, left to right. A run longer than fifteen cells (grid padding, blank rows) is placed where its numbers fit
/// and the groups balance; where more than one placement fits, nothing is guessed.
/// </summary>
internal static class ReviewLitigationReader
{
    private const int Section = 4;

    private static readonly int CellsPerGroup = TemplateCatalog.ReviewCells.Count;

    private static readonly int CellsWanted = TemplateCatalog.ReviewGroups.Count * CellsPerGroup;

    /// <summary>The label keys that open a group's own row of values, per group.</summary>
    private static readonly string[][] GroupLabels =
    [
        ["行政复议"],
        ["未经复议直接起诉", "直接起诉", "行政诉讼未经复议直接起诉"],
        ["复议后起诉", "行政诉讼复议后起诉"],
    ];

    public static void Read(ParseContext context, int from, int to, StatisticsTable into)
    {
        if (ReadLabelledGroups(context, from, to, into))
        {
            return;
        }

        var first = FirstNumber(context, from, to);
        if (first < 0 && ReadAllBlank(context, from, to, into))
        {
            return;
        }

        if (first < 0)
        {
            context.Notice("table.missing", NoticeLevel.Warning, "第四部分没有找到行政复议、行政诉讼的数值", "section 四 has no review and litigation figures", Section);
            return;
        }

        // The run of value cells (blank ones included) around the first number.
        var runStart = first;
        while (runStart > from && IsValueCell(context.Pieces[runStart - 1]))
        {
            runStart--;
        }

        var runEnd = first;
        while (runEnd < to && IsValueCell(context.Pieces[runEnd]))
        {
            runEnd++;
        }

        if (runEnd - runStart > CellsWanted)
        {
            var start = PlaceLongRun(context, first, runStart, runEnd);
            if (start >= 0)
            {
                Set(context, start, CellsWanted, into);
            }
            else
            {
                context.Notice(
                    UncertainRows.Code, NoticeLevel.Warning,
                    $"第四部分有 {runEnd - runStart} 个数值或空白单元格，多于模板的 {CellsWanted} 个，且无法确定对应关系；未读取",
                    $"section 四 has {runEnd - runStart} value or blank cells for the template's {CellsWanted} and no one placement fits; not read",
                    Section, null, context.Pieces[first].Location);
            }

            return;
        }

        ReadShortRun(context, first, runStart, runEnd, into);
    }

    /// <summary>
    /// A run of at most fifteen cells, from its first cell in the first number's row (a real table's value row
    /// starts at its first cell, which may be blank). Trailing blank cells of a run cut short are padding.
    /// </summary>
    private static void ReadShortRun(ParseContext context, int first, int runStart, int runEnd, StatisticsTable into)
    {
        var start = first;
        var rowId = context.Pieces[first].RowId;
        while (rowId > 0 && start > runStart && context.Pieces[start - 1].RowId == rowId)
        {
            start--;
        }

        if (runEnd - runStart == CellsWanted)
        {
            // Exactly fifteen cells between the header and what follows: the blank ones before the first number
            // are its group's blank cells, not padding (one cell per line, where rows leave no trace).
            start = runStart;
        }

        var count = Math.Min(runEnd - start, CellsWanted);
        while (count < CellsWanted && count > 0 && context.Pieces[start + count - 1].IsEmpty)
        {
            count--;
        }

        if (count < CellsWanted && AllBlanksUnmarked(context, start, count))
        {
            // A line of numbers whose blank cells left no trace: which groups and columns they are cannot be known.
            context.Notice(
                UncertainRows.Code, NoticeLevel.Warning,
                $"第四部分只有 {count} 个数值，模板有 {CellsWanted} 个，空白单元格没有留下位置；无法确定各数值所在的列，未读取",
                $"section 四 has {count} values for the template's {CellsWanted} and its blank cells left no trace; which column each value belongs to cannot be known, so none was read",
                Section, null, context.Pieces[first].Location);
            return;
        }

        Set(context, start, count, into);
        if (count < CellsWanted)
        {
            context.Notice(
                "table.too-few-cells", NoticeLevel.Warning,
                $"第四部分只有 {count} 个数值，模板要求 {CellsWanted} 个；已从左到右对应",
                $"section 四 has {count} values, the template has {CellsWanted}; mapped left to right",
                Section, null, context.Pieces[first].Location);
        }
    }

    /// <summary>
    /// Where fifteen cells start in a longer run: the first number's own row when it holds exactly fifteen cells;
    /// else the one window that holds every non-blank cell (or, of several, those whose groups balance, if they
    /// all read the same). -1 when no placement is certain.
    /// </summary>
    private static int PlaceLongRun(ParseContext context, int first, int runStart, int runEnd)
    {
        var rowId = context.Pieces[first].RowId;
        if (rowId > 0)
        {
            var rowStart = first;
            while (rowStart > runStart && context.Pieces[rowStart - 1].RowId == rowId)
            {
                rowStart--;
            }

            var rowEnd = first;
            while (rowEnd < runEnd && context.Pieces[rowEnd].RowId == rowId)
            {
                rowEnd++;
            }

            if (rowEnd - rowStart == CellsWanted)
            {
                return rowStart;
            }
        }

        int firstFilled = -1, lastFilled = -1;
        for (var i = runStart; i < runEnd; i++)
        {
            if (!IsBlank(context.Pieces[i]))
            {
                firstFilled = firstFilled < 0 ? i : firstFilled;
                lastFilled = i;
            }
        }

        if (lastFilled - firstFilled + 1 > CellsWanted)
        {
            return -1;
        }

        var chosen = -1;
        var candidates = 0;
        for (var start = Math.Max(runStart, lastFilled - CellsWanted + 1); start <= Math.Min(firstFilled, runEnd - CellsWanted); start++)
        {
            candidates++;
            if (candidates == 1)
            {
                chosen = start;
            }
        }

        if (candidates == 1)
        {
            return chosen;
        }

        chosen = -1;
        for (var start = Math.Max(runStart, lastFilled - CellsWanted + 1); start <= Math.Min(firstFilled, runEnd - CellsWanted); start++)
        {
            if (!Balances(context, start))
            {
                continue;
            }

            if (chosen >= 0 && !SameTexts(context, chosen, start))
            {
                return -1;
            }

            chosen = chosen < 0 ? start : chosen;
        }

        return chosen;
    }

    /// <summary>Every group's 结果维持 + 结果纠正 + 其他结果 + 尚未审结 equals its 总计 (blank as 0).</summary>
    private static bool Balances(ParseContext context, int start)
    {
        for (var g = 0; g < TemplateCatalog.ReviewGroups.Count; g++)
        {
            var at = start + (g * CellsPerGroup);
            decimal sum = 0;
            for (var c = 0; c < CellsPerGroup - 1; c++)
            {
                sum += NumberOf(context.Pieces[at + c]);
            }

            if (sum != NumberOf(context.Pieces[at + CellsPerGroup - 1]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool SameTexts(ParseContext context, int a, int b)
    {
        for (var i = 0; i < CellsWanted; i++)
        {
            if (IsBlank(context.Pieces[a + i]) != IsBlank(context.Pieces[b + i])
                || (!IsBlank(context.Pieces[a + i]) && context.Pieces[a + i].Text != context.Pieces[b + i].Text))
            {
                return false;
            }
        }

        return true;
    }

    private static decimal NumberOf(Piece piece) => CellValueParser.Parse(piece.Text, piece.Location).Number ?? 0;

    /// <summary>
    /// No number at all, but a value row of fifteen blank cells after the header (every zero left blank): the
    /// cells are blank. With rows, one row of exactly fifteen blank cells; without, the blank cells that end the
    /// section, at least fifteen (grid padding before them is blank too, so any fifteen read the same).
    /// </summary>
    private static bool ReadAllBlank(ParseContext context, int from, int to, StatisticsTable into)
    {
        var end = to;
        while (end > from && !context.Pieces[end - 1].IsCell)
        {
            end--;
        }

        var start = end;
        while (start > from && context.Pieces[start - 1].IsCell && IsBlank(context.Pieces[start - 1]))
        {
            start--;
        }

        if (end - start < CellsWanted || start == from)
        {
            return false;
        }

        var rowId = context.Pieces[end - 1].RowId;
        if (rowId > 0)
        {
            var rowStart = end;
            while (rowStart > start && context.Pieces[rowStart - 1].RowId == rowId)
            {
                rowStart--;
            }

            if (end - rowStart != CellsWanted)
            {
                return false;
            }

            start = rowStart;
        }
        else
        {
            start = end - CellsWanted;
        }

        Set(context, start, CellsWanted, into);
        return true;
    }

    /// <summary>
    /// Each group's values in a row of their own after the group's label (行政复议 | 11 | | | 1 | 12). Read only when
    /// all three groups are found so, with five value cells each, and at least one of them is a number.
    /// </summary>
    private static bool ReadLabelledGroups(ParseContext context, int from, int to, StatisticsTable into)
    {
        Span<int> starts = stackalloc int[3];
        var anyNumber = false;
        for (var g = 0; g < GroupLabels.Length; g++)
        {
            starts[g] = -1;
            for (var i = from; i < to - CellsPerGroup && starts[g] < 0; i++)
            {
                var piece = context.Pieces[i];
                if (piece.IsEmpty || piece.Text.Length > 24 || CellValueParser.IsValueLike(piece.Text)
                    || Array.IndexOf(GroupLabels[g], context.Key(i)) < 0 || !FiveValuesFollow(context, i, to))
                {
                    continue;
                }

                starts[g] = i + 1;
            }

            if (starts[g] < 0)
            {
                return false;
            }

            for (var c = 0; c < CellsPerGroup; c++)
            {
                anyNumber |= !IsBlank(context.Pieces[starts[g] + c]);
            }
        }

        if (!anyNumber)
        {
            return false;
        }

        for (var g = 0; g < GroupLabels.Length; g++)
        {
            for (var c = 0; c < CellsPerGroup; c++)
            {
                var piece = context.Pieces[starts[g] + c];
                into.Set(TemplateCatalog.ReviewGroups[g], TemplateCatalog.ReviewCells[c], CellValueParser.Parse(piece.Text, piece.Location));
            }
        }

        return true;
    }

    /// <summary>The five pieces after a label are value cells, in the label's row when the input has rows.</summary>
    private static bool FiveValuesFollow(ParseContext context, int label, int to)
    {
        var rowId = context.Pieces[label].RowId;
        for (var c = 1; c <= CellsPerGroup; c++)
        {
            if (label + c >= to)
            {
                return false;
            }

            var piece = context.Pieces[label + c];
            if (!IsValueCell(piece) || (rowId > 0 && piece.RowId != rowId))
            {
                return false;
            }
        }

        return true;
    }

    private static void Set(ParseContext context, int start, int count, StatisticsTable into)
    {
        for (var v = 0; v < count; v++)
        {
            var piece = context.Pieces[start + v];
            var group = TemplateCatalog.ReviewGroups[v / CellsPerGroup];
            var cell = TemplateCatalog.ReviewCells[v % CellsPerGroup];
            into.Set(group, cell, CellValueParser.Parse(piece.Text, piece.Location));
        }
    }

    private static bool AllBlanksUnmarked(ParseContext context, int start, int count)
    {
        for (var i = start; i < start + count; i++)
        {
            if (!context.Pieces[i].BlanksUnmarked)
            {
                return false;
            }
        }

        return count > 0;
    }

    private static bool IsValueCell(Piece piece) => piece.IsEmpty || CellValueParser.IsValueLike(piece.Text);

    /// <summary>Empty, or a blank mark (—, /, 无).</summary>
    private static bool IsBlank(Piece piece) => piece.IsEmpty || CellValueParser.Parse(piece.Text, piece.Location).Kind == CellKind.Blank;

    /// <summary>The first cell holding a number (not a blank mark: a header placeholder — is no value), else the first such line.</summary>
    private static int FirstNumber(ParseContext context, int from, int to)
    {
        for (var pass = 0; pass < 2; pass++)
        {
            for (var i = from; i < to; i++)
            {
                var piece = context.Pieces[i];
                if ((pass == 1 || piece.IsCell) && !piece.IsEmpty && CellValueParser.IsValueLike(piece.Text) && !IsBlank(piece))
                {
                    return i;
                }
            }
        }

        return -1;
    }
}
