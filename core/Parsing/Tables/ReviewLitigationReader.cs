using ReportAudit.Core.Model;

namespace ReportAudit.Core.Parsing.Tables;

/// <summary>
/// Reads section 四: fifteen values (three groups × 结果维持, 结果纠正, 其他结果, 尚未审结, 总计) that
/// follow the header cells. The header is only a guide: real pages have too few or too many header
/// cells, so the values are taken as the first run of value cells, left to right.
/// </summary>
internal static class ReviewLitigationReader
{
    private const int Section = 4;

    public static void Read(ParseContext context, int from, int to, StatisticsTable into)
    {
        var cellsWanted = TemplateCatalog.ReviewGroups.Count * TemplateCatalog.ReviewCells.Count;
        var first = FirstValue(context, from, to);
        if (first < 0)
        {
            context.Notice("table.missing", NoticeLevel.Warning, "第四部分没有找到行政复议、行政诉讼的数值", "section 四 has no review and litigation figures", Section);
            return;
        }

        // In a real table the value row starts at its first cell, which may be blank.
        var start = first;
        var rowId = context.Pieces[first].RowId;
        while (rowId > 0 && start > from && context.Pieces[start - 1].RowId == rowId && context.Pieces[start - 1].IsEmpty)
        {
            start--;
        }

        var values = new List<Piece>(cellsWanted);
        var i = start;
        for (; i < to && values.Count < cellsWanted; i++)
        {
            var piece = context.Pieces[i];
            if (!piece.IsEmpty && !CellValueParser.IsValueLike(piece.Text))
            {
                break;
            }

            values.Add(piece);
        }

        // Trailing blank cells of a run cut short are padding, not blank values.
        while (values.Count < cellsWanted && values.Count > 0 && values[^1].IsEmpty)
        {
            values.RemoveAt(values.Count - 1);
        }

        for (var v = 0; v < values.Count; v++)
        {
            var group = TemplateCatalog.ReviewGroups[v / TemplateCatalog.ReviewCells.Count];
            var cell = TemplateCatalog.ReviewCells[v % TemplateCatalog.ReviewCells.Count];
            into.Set(group, cell, CellValueParser.Parse(values[v].Text, values[v].Location));
        }

        if (values.Count < cellsWanted)
        {
            context.Notice(
                "table.too-few-cells", NoticeLevel.Warning,
                $"第四部分只有 {values.Count} 个数值，模板要求 {cellsWanted} 个；已从左到右对应",
                $"section 四 has {values.Count} values, the template has {cellsWanted}; mapped left to right",
                Section, null, context.Pieces[first].Location);
        }
    }

    private static int FirstValue(ParseContext context, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            var piece = context.Pieces[i];
            if (piece.IsCell && !piece.IsEmpty && CellValueParser.IsValueLike(piece.Text))
            {
                return i;
            }
        }

        // Flattened text whose last values fell outside the table region are lines.
        for (var i = from; i < to; i++)
        {
            var piece = context.Pieces[i];
            if (!piece.IsEmpty && CellValueParser.IsValueLike(piece.Text))
            {
                return i;
            }
        }

        return -1;
    }
}
