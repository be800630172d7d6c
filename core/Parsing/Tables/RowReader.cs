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
        var row = rows[r];
        for (var i = Cursor; i < to; i++)
        {
            var piece = context.Pieces[i];
            if (piece.IsEmpty || CellValueParser.IsValueLike(piece.Text))
            {
                continue;
            }

            var key = context.Key(i);
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
        var values = new List<Piece>(row.Columns.Count);
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

            if (piece.IsEmpty || CellValueParser.IsValueLike(piece.Text))
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

            taken[nearest] ??= value;
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

    /// <summary>Non-empty value cells left in the same row after the template's columns were taken.</summary>
    private int ExtraValuesInRow(int from, int rowId)
    {
        var extra = 0;
        for (var i = from; i < to && context.Pieces[i].RowId == rowId; i++)
        {
            if (!context.Pieces[i].IsEmpty && CellValueParser.IsValueLike(context.Pieces[i].Text))
            {
                extra++;
            }
        }

        return extra;
    }

    private bool IsLaterLabel(IReadOnlyList<TemplateRow> rows, int r, int index)
    {
        var key = context.Key(index);
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
