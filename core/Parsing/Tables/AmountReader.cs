using ReportAudit.Core.Model;
using ReportAudit.Core.Parsing;

namespace ReportAudit.Core.Parsing.Tables;

/// <summary>
/// Gives section 二's money cells (2019 采购总金额, 2021 本年收费金额) their unit, from the most specific place
/// that states one: the cell (<c>8.74万元</c>), the column's header (<c>采购总金额（万元）</c>,
/// <c>本年收费金额（单位：万元）</c>), or a note by the table (<c>单位：万元</c>). With none, the unit stays
/// unknown and the reader is told: 万元 and 元 differ by a factor of 10,000, so neither is assumed.
/// </summary>
internal static class AmountReader
{
    public const string Column = "amount";

    /// <summary>A header or note longer than this is prose, not a table's header or unit note.</summary>
    private const int MaxHeaderLength = 40;

    public static void Read(ParseContext context, TemplateVersion template, int from, int to, StatisticsTable table)
    {
        foreach (var row in TemplateCatalog.ActiveDisclosureRows(template))
        {
            if (!row.Columns.Contains(Column) || table[row.Key, Column] is not { Number: { } value } cell)
            {
                continue;
            }

            var cellAt = FindCell(context, cell, from, to);
            var header = FindHeader(context, from, cellAt);
            var note = FindNote(context, from, to, cellAt);
            table.Set(row.Key, Column, WithUnit(context, row, cell, value, header, note));
        }
    }

    private static Cell WithUnit(ParseContext context, TemplateRow row, Cell cell, decimal value, (string Text, string? Unit)? header, string? note)
    {
        var cellUnit = Amount.MoneyUnit(cell.Unit);
        var (unit, source) = cellUnit is not null ? (cellUnit, AmountUnitSource.Cell)
            : header?.Unit is { } h ? (h, AmountUnitSource.Header)
            : note is not null ? (note, AmountUnitSource.Note)
            : ((string?)null, AmountUnitSource.None);
        var headerText = header?.Text;

        if (cellUnit is not null && header?.Unit is { } stated && stated != cellUnit)
        {
            context.Notice("amount.unit-differs", NoticeLevel.Info,
                $"“{row.Label}”的金额写作“{cell.Raw}”，表头“{headerText}”的单位为{stated}；按单元格中的单位（{cellUnit}）读取",
                $"the amount of '{row.Label}' is written '{cell.Raw}' while its header '{headerText}' states {stated}; read in the cell's unit ({cellUnit})",
                2, row.Key, cell.Location);
        }
        else if (unit is null && value != 0)
        {
            context.Notice("amount.no-unit", NoticeLevel.Warning,
                $"“{row.Label}”的金额“{cell.Raw}”在单元格、表头{(headerText is null ? string.Empty : $"“{headerText}”")}和表注中都没有写明单位（元或万元），未换算为元",
                $"the amount '{cell.Raw}' of '{row.Label}' states no unit (元 or 万元) in the cell, its header{(headerText is null ? string.Empty : $" '{headerText}'")} or a note; it is not converted to 元",
                2, row.Key, cell.Location);
        }

        return cell with { Unit = unit, Amount = new Amount(value, unit, cell.Raw, source) };
    }

    /// <summary>The piece the cell was read from (the headers and notes that apply to it come before or after it).</summary>
    private static int FindCell(ParseContext context, Cell cell, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (context.Pieces[i].IsCell && context.Pieces[i].Location == cell.Location)
            {
                return i;
            }
        }

        return to;
    }

    /// <summary>The nearest header cell naming an amount (…金额…) above the cell, with the unit it states.</summary>
    private static (string Text, string? Unit)? FindHeader(ParseContext context, int from, int cellAt)
    {
        for (var i = cellAt - 1; i >= from; i--)
        {
            if (IsHeader(context, i))
            {
                return (context.Pieces[i].Text, AmountText.UnitIn(context.Pieces[i].Text));
            }
        }

        return null;
    }

    /// <summary>A unit note in section 二: the nearest above the cell, else the first below it.</summary>
    private static string? FindNote(ParseContext context, int from, int to, int cellAt)
    {
        for (var i = cellAt - 1; i >= from; i--)
        {
            if (NoteUnit(context, i) is { } unit)
            {
                return unit;
            }
        }

        for (var i = cellAt + 1; i < to; i++)
        {
            if (NoteUnit(context, i) is { } unit)
            {
                return unit;
            }
        }

        return null;
    }

    private static bool IsHeader(ParseContext context, int i)
    {
        var piece = context.Pieces[i];
        if (!piece.IsCell || piece.IsEmpty || piece.Text.Length > MaxHeaderLength)
        {
            return false;
        }

        var t = context.Normalized(i);
        return t.Contains("金额", StringComparison.Ordinal) && !t.Contains("金额单位", StringComparison.Ordinal);
    }

    private static string? NoteUnit(ParseContext context, int i)
    {
        var piece = context.Pieces[i];
        if (piece.IsEmpty || piece.Text.Length > MaxHeaderLength || IsHeader(context, i))
        {
            return null;
        }

        return context.Normalized(i).Contains("单位", StringComparison.Ordinal) ? AmountText.UnitIn(piece.Text) : null;
    }
}
