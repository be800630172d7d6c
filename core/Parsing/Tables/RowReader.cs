using ReportAudit.Core.Model;

namespace ReportAudit.Core.Parsing.Tables;

/// <summary>
/// Finds template rows in a run of pieces and reads their value cells left to right, the way the
/// three table readers all need: search forward for the row's label (giving up when a later row's
/// label comes first), then take the cells after it until the row has its columns, the row ends,
/// or a label starts.
/// </summary>
internal sealed class RowReader(ParseContext context, int from, int to, int section)
{
    /// <summary>Column centres of the last complete row per column count (PDF), to place the cells of a row with blanks.</summary>
    private readonly Dictionary<int, double[]> _columnX = [];

    /// <summary>The value cells of the row being read, reused from row to row; a row has at most the templates' seven columns.</summary>
    private readonly List<Piece> _values = new(7);

    public int Cursor { get; private set; } = from;

    /// <summary>Reads the rows in order into the table; returns the keys of rows not found.</summary>
    public List<string> ReadRows(IReadOnlyList<TemplateRow> rows, StatisticsTable into)
    {
        var missing = new List<string>();
        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            var labelAt = FindLabel(rows, r);
            if (labelAt < 0)
            {
                missing.Add(row.Key);
                continue;
            }

            ReadValues(rows, r, labelAt, into);
        }

        return missing;
    }

    private int FindLabel(IReadOnlyList<TemplateRow> rows, int r)
    {
        var at = FindLabelByText(rows, r);
        return at >= 0 ? at : FindLabelByPosition(rows, r);
    }

    /// <summary>
    /// A label cell in the row's place (after the rows before it, before the rows after it, with values after it) that is
    /// a few characters off the template's label (其他法律行政止公开 for 其他法律行政法规禁止公开) is this row: read, and said.
    /// </summary>
    private int FindLabelByPosition(IReadOnlyList<TemplateRow> rows, int r)
    {
        var row = rows[r];
        for (var i = Cursor; i < to; i++)
        {
            var piece = context.Pieces[i];
            if (context.IsValueOrEmpty(i))
            {
                continue;
            }

            if (IsLaterLabel(rows, r, i))
            {
                return -1;
            }

            var next = i + 1;
            if (next >= to || context.Pieces[next].IsEmpty || !context.IsValueOrEmpty(next)
                || !LabelMatcher.IsClose(context.Key(i), LabelMatcher.OfficialKey(row)))
            {
                continue;
            }

            context.Notice(
                "label.by-position", NoticeLevel.Info,
                $"标签“{piece.Text}”与模板“{row.Label}”不完全一致，按其在表中的位置读作“{row.Label}”",
                $"label '{piece.Text}' differs from the template's '{row.Label}'; read as that row by its place in the table",
                section, row.Key, piece.Location);
            Cursor = i + 1;
            return i;
        }

        return -1;
    }

    private int FindLabelByText(IReadOnlyList<TemplateRow> rows, int r)
    {
        var row = rows[r];
        for (var i = Cursor; i < to; i++)
        {
            var piece = context.Pieces[i];
            if (context.IsValueOrEmpty(i))
            {
                continue;
            }

            var match = LabelMatcher.Match(row, context.KeyFor(row, i));
            if (match != LabelMatch.None)
            {
                if (match == LabelMatch.NearMiss)
                {
                    context.Notice(
                        "label.near-miss", NoticeLevel.Info,
                        $"标签“{piece.Text}”与模板“{row.Label}”相差一字，按“{row.Label}”读取",
                        $"label '{piece.Text}' is one character off the template's '{row.Label}'; read as that row",
                        section, row.Key, piece.Location);
                }

                Cursor = i + 1;
                return i;
            }

            // A later row's label before this row's: this row is missing.
            for (var later = r + 1; later < Math.Min(rows.Count, r + 3); later++)
            {
                if (LabelMatcher.Match(rows[later], context.KeyFor(rows[later], i)) == LabelMatch.Exact)
                {
                    return -1;
                }
            }
        }

        return -1;
    }

    private void ReadValues(IReadOnlyList<TemplateRow> rows, int r, int labelAt, StatisticsTable into)
    {
        var row = rows[r];
        var skipped = 0;
        var rowsCrossed = 0;
        var labelRow = context.Pieces[labelAt].RowId;
        var values = _values;
        values.Clear();
        var i = labelAt + 1;
        for (; i < to && values.Count < row.Columns.Count; i++)
        {
            var piece = context.Pieces[i];
            if (labelRow > 0 && piece.RowId > 0 && piece.RowId != labelRow)
            {
                // A tall label (wrapped over lines in a PDF) may have its values on a later line.
                if (values.Count > 0 || ++rowsCrossed > 2)
                {
                    break;
                }

                labelRow = piece.RowId;
            }

            if (context.IsValueOrEmpty(i))
            {
                values.Add(piece);
                continue;
            }

            // Before any value, a text cell continues the label (a sub-label or a wrapped line).
            if (values.Count == 0 && ++skipped <= 2 && !IsLaterLabel(rows, r, i))
            {
                continue;
            }

            break;
        }

        var extra = labelRow > 0 ? ExtraValuesInRow(i, labelRow) : 0;
        if (extra > 0)
        {
            // More values than columns: which one is extra cannot be known, so none is read.
            context.Notice(
                "table.too-many-cells", NoticeLevel.Warning,
                $"“{row.Label}”一行有 {values.Count + extra} 个数值单元格，模板只有 {row.Columns.Count} 列；无法确定对应关系，该行未读取",
                $"row '{row.Key}' has {values.Count + extra} value cells for the template's {row.Columns.Count} columns; the row was not read",
                section, row.Key, context.Pieces[labelAt].Location);
            MarkUncertain(into, row, labelAt, $"{values.Count + extra} 个数值对应 {row.Columns.Count} 列", $"{values.Count + extra} values for {row.Columns.Count} columns");
            Cursor = i + extra;
            return;
        }

        if (values.Count == row.Columns.Count && values.TrueForAll(v => v.X > 0))
        {
            _columnX[row.Columns.Count] = values.Select(v => v.X).ToArray();
        }
        else if (values.Count < row.Columns.Count && values.Count > 0 && values.TrueForAll(v => v.X > 0)
            && _columnX.TryGetValue(row.Columns.Count, out var columnX))
        {
            PlaceByPosition(row, labelAt, values, columnX, into);
            Cursor = i;
            return;
        }

        if (values.Count == 0 && _columnX.ContainsKey(row.Columns.Count) && i < to && IsLaterLabel(rows, r, i))
        {
            ReadBlankRow(row, labelAt, into);
            Cursor = i;
            return;
        }

        if (UncertainRows.NoteIfUnplaceable(context, row, values, context.Pieces[labelAt].Location, section))
        {
            Cursor = i;
            return;
        }

        for (var c = 0; c < values.Count; c++)
        {
            into.Set(row.Key, row.Columns[c], CellValueParser.Parse(values[c].Text, values[c].Location));
        }

        if (values.Count < row.Columns.Count)
        {
            var where = context.Pieces[labelAt].Location;
            if (values.Count > 0 && values.TrueForAll(v => v.X > 0 || v.RowId > 0))
            {
                // A table row (HTML, Word, PDF) with fewer cells than columns (merged cells) and, for a PDF, no complete
                // row above to place them by: left to right is a guess. Flattened text keeps its left-to-right reading.
                MarkUncertain(into, row, labelAt, "缺少的单元格无法按版面定位", "the missing cells cannot be located on the page");
            }

            context.Notice(
                "table.too-few-cells", NoticeLevel.Warning,
                $"“{row.Label}”一行只有 {values.Count} 个数值单元格，模板要求 {row.Columns.Count} 个；已从左到右对应，其余视为缺失",
                $"row '{row.Key}' has {values.Count} value cells, the template has {row.Columns.Count}; mapped left to right, the rest are missing",
                section, row.Key, where);
        }

        Cursor = i;
    }

    /// <summary>
    /// A PDF leaves no trace of a blank cell: put each value under the nearest column of the last
    /// complete row, and the columns left over are blank.
    /// </summary>
    private void PlaceByPosition(TemplateRow row, int labelAt, List<Piece> values, double[] columnX, StatisticsTable into)
    {
        var taken = new Piece?[row.Columns.Count];
        var misplaced = 0;
        foreach (var value in values)
        {
            var nearest = 0;
            for (var c = 1; c < columnX.Length; c++)
            {
                if (Math.Abs(columnX[c] - value.X) < Math.Abs(columnX[nearest] - value.X))
                {
                    nearest = c;
                }
            }

            if (taken[nearest] is not null || Math.Abs(columnX[nearest] - value.X) > ColumnSpacing(columnX) * 0.4)
            {
                misplaced++;
            }

            taken[nearest] ??= value;
        }

        if (misplaced > 0 || values.Count * 2 < row.Columns.Count)
        {
            // Values between columns, two under one column, or most of the row missing (merged cells): no placement is sure.
            MarkUncertain(into, row, labelAt,
                misplaced > 0 ? $"{misplaced} 个数值与模板的列对不齐" : $"{row.Columns.Count} 列中只有 {values.Count} 个数值",
                misplaced > 0 ? $"{misplaced} value(s) do not line up with the template's columns" : $"only {values.Count} values for {row.Columns.Count} columns");
        }

        var blanks = new List<string>();
        for (var c = 0; c < row.Columns.Count; c++)
        {
            if (taken[c] is { } piece)
            {
                into.Set(row.Key, row.Columns[c], CellValueParser.Parse(piece.Text, piece.Location));
            }
            else
            {
                into.Set(row.Key, row.Columns[c], CellValueParser.Parse(string.Empty, context.Pieces[labelAt].Location));
                blanks.Add(row.Columns[c]);
            }
        }

        context.Notice(
            "table.blank-by-position", NoticeLevel.Info,
            $"“{row.Label}”一行有 {values.Count} 个数值；按版面位置对应各列，{string.Join("、", blanks)} 列为空白",
            $"row '{row.Key}' has {values.Count} values; placed by their position on the page, blank: {string.Join(", ", blanks)}",
            section, row.Key, context.Pieces[labelAt].Location);
    }

    /// <summary>
    /// In a PDF table (a complete row seen above), a label followed straight by the next row's label is a row whose
    /// cells are all blank: a blank cell leaves no trace in the text layer. Its cells are blank, not missing.
    /// </summary>
    private void ReadBlankRow(TemplateRow row, int labelAt, StatisticsTable into)
    {
        var where = context.Pieces[labelAt].Location;
        foreach (var column in row.Columns)
        {
            into.Set(row.Key, column, CellValueParser.Parse(string.Empty, where));
        }

        context.Notice(
            "table.blank-row", NoticeLevel.Info,
            $"“{row.Label}”一行没有数值，各列均为空白",
            $"row '{row.Key}' has no values: every cell is blank",
            section, row.Key, where);
    }

    /// <summary>The narrowest distance between two neighbouring columns.</summary>
    private static double ColumnSpacing(double[] columnX)
    {
        var spacing = double.MaxValue;
        for (var c = 1; c < columnX.Length; c++)
        {
            spacing = Math.Min(spacing, Math.Abs(columnX[c] - columnX[c - 1]));
        }

        return spacing == double.MaxValue ? 0 : spacing;
    }

    /// <summary>
    /// Uncertain is said, not guessed: the row is marked so that the rules treat its cells as not assessable, and the
    /// notice names it by the template's label.
    /// </summary>
    private void MarkUncertain(StatisticsTable into, TemplateRow row, int labelAt, string whyZh, string whyEn)
    {
        into.MarkUncertain(row.Key);
        context.Notice(
            "table.row-uncertain", NoticeLevel.Warning,
            $"“{row.Label}”一行的数值无法确定对应的列（{whyZh}），该行不参与核算",
            $"the values of row '{row.Key}' cannot be placed on the template's columns with confidence ({whyEn}); the row is left out of the arithmetic checks",
            section, row.Key, context.Pieces[labelAt].Location);
    }

    /// <summary>Non-empty value cells left in the same row after the template's columns were taken.</summary>
    private int ExtraValuesInRow(int from, int rowId)
    {
        var extra = 0;
        for (var i = from; i < to && context.Pieces[i].RowId == rowId; i++)
        {
            if (!context.Pieces[i].IsEmpty && context.IsValueOrEmpty(i))
            {
                extra++;
            }
        }

        return extra;
    }

    private bool IsLaterLabel(IReadOnlyList<TemplateRow> rows, int r, int index)
    {
        for (var later = r + 1; later < Math.Min(rows.Count, r + 3); later++)
        {
            if (LabelMatcher.Match(rows[later], context.KeyFor(rows[later], index)) != LabelMatch.None)
            {
                return true;
            }
        }

        return false;
    }
}
