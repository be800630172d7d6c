using ReportAudit.Core.Model;
using ReportAudit.Core.Parsing.Normalization;

namespace ReportAudit.Core.Parsing;

/// <summary>Reads <see cref="Amount"/>s and their units from a report's text (cells, column headers, notes).</summary>
public static class AmountText
{
    /// <summary>
    /// Reads an amount written in one piece of text: <c>75394432.52元</c>, <c>8.74万元</c>, <c>1.2亿元</c>,
    /// <c>１，２３４．５千元</c> (full-width digits and commas), or a bare <c>8.74</c> (unit null).
    /// False for blank, text or a non-money unit (<c>3项</c>).
    /// </summary>
    public static bool TryParse(string? text, out Amount amount)
    {
        amount = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var raw = text.Trim();
        var cell = CellValueParser.Parse(raw, SourceLocation.None);
        if (cell.Number is not { } value || (cell.Unit is not null && Amount.MoneyUnit(cell.Unit) is null))
        {
            return false;
        }

        var unit = Amount.MoneyUnit(cell.Unit);
        amount = new Amount(value, unit, raw, unit is null ? AmountUnitSource.None : AmountUnitSource.Cell);
        return true;
    }

    /// <summary>
    /// The money unit stated in a column header or a note, in the forms real tables use: <c>采购总金额（万元）</c>,
    /// <c>本年收费金额(单位:万元)</c>, <c>单位：元</c>, <c>金额单位：亿元</c>. Null when the text states none.
    /// </summary>
    public static string? UnitIn(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var t = ChineseText.Normalize(text);
        foreach (var marker in UnitMarkers)
        {
            var at = t.IndexOf(marker, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            var rest = t.AsSpan(at + marker.Length).TrimStart(':');
            foreach (var unit in Amount.Units)
            {
                if (rest.StartsWith(unit, StringComparison.Ordinal))
                {
                    return unit;
                }
            }
        }

        return null;
    }

    /// <summary>What comes right before a unit in a header or note (normalised: half-width brackets and colon).</summary>
    private static readonly string[] UnitMarkers = ["单位", "(", "/"];
}
