using ReportAudit.Core.Model;

namespace ReportAudit.Core.Parsing.Tables;

/// <summary>
/// Rows whose values cannot be placed with confidence: a row flattened with spaces that has fewer values than the
/// template has columns lost its blank cells without a trace, so which columns are blank cannot be known. Such a
/// row is not read (left to right would be a guess) and a notice names it.
/// </summary>
internal static class UncertainRows
{
    public const string Code = "table.row-uncertain";

    /// <summary>True (and noted) when the row's values are too few and their blanks left no trace.</summary>
    public static bool NoteIfUnplaceable(ParseContext context, TemplateRow row, List<Piece> values, SourceLocation labelAt, int section)
    {
        if (values.Count == 0 || values.Count >= row.Columns.Count || !values.TrueForAll(v => v.BlanksUnmarked))
        {
            return false;
        }

        context.Notice(
            Code, NoticeLevel.Warning,
            $"“{row.Label}”一行只有 {values.Count} 个数值，模板有 {row.Columns.Count} 列，空白单元格没有留下位置；无法确定各数值所在的列，该行未读取",
            $"row '{row.Key}' has {values.Count} values for the template's {row.Columns.Count} columns and its blank cells left no trace; which column each value belongs to cannot be known, so the row was not read",
            section, row.Key, labelAt);
        return true;
    }
}
