using System.Globalization;
using ReportAudit.Core.Parsing;
using ReportAudit.Core.Parsing.Normalization;

namespace ReportAudit.Core.Model;

/// <summary>
/// A money amount as the report states it (采购总金额, 本年收费金额): the number, the unit it is in, and the
/// text as written, with its value in 元 so that amounts of different reports can be compared and summed.
/// A unit of 万元 is a factor of 10,000: an amount is never read without its unit, and a missing unit is
/// kept missing (<see cref="Yuan"/> is then null), never guessed.
/// </summary>
/// <param name="Value">The number as written, in <paramref name="Unit"/> (8.74 for <c>8.74万元</c>).</param>
/// <param name="Unit">元, 千元, 万元 or 亿元; null when the report states none.</param>
/// <param name="Raw">The cell's text as written (<c>8.74万元</c>, or <c>8.74</c> under a <c>（万元）</c> header).</param>
/// <param name="UnitSource">Where the unit was read.</param>
public readonly record struct Amount(decimal Value, string? Unit, string Raw, AmountUnitSource UnitSource = AmountUnitSource.None)
{
    /// <summary>The money units, longest first so that <c>万元</c> is not read as <c>元</c>.</summary>
    public static readonly IReadOnlyList<string> Units = ["亿元", "万元", "千元", "元"];

    /// <summary>
    /// The value in 元; null when the unit is unknown, except for zero, which is zero in any unit
    /// (the common <c>0</c> under a header without unit can still be summed).
    /// </summary>
    public decimal? Yuan => Factor(Unit) is { } factor ? Trim(Value * factor) : Value == 0 ? 0m : null;

    /// <summary>How many 元 one of the unit is; null for anything that is not a money unit.</summary>
    public static decimal? Factor(string? unit) => unit switch
    {
        "元" => 1m,
        "千元" => 1_000m,
        "万元" => 10_000m,
        "亿元" => 100_000_000m,
        _ => null,
    };

    /// <summary>The money unit a cell's suffix stands for: 万 and 亿 written alone in an amount column mean 万元 and 亿元.</summary>
    public static string? MoneyUnit(string? unit) => unit switch
    {
        "万" => "万元",
        "亿" => "亿元",
        _ => Factor(unit) is null ? null : unit,
    };

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
        if (cell.Number is not { } value || (cell.Unit is not null && MoneyUnit(cell.Unit) is null))
        {
            return false;
        }

        var unit = MoneyUnit(cell.Unit);
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
            foreach (var unit in Units)
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

    /// <summary>The amount as a reader writes it: <c>8.74万元</c>; the bare number when the unit is unknown.</summary>
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture) + Unit;

    /// <summary>8.74 × 10000 is 87400.00 in decimal arithmetic; drop the trailing zeros the multiplication adds.</summary>
    private static decimal Trim(decimal value) => value / 1.0000000000000000000000000000m;
}
