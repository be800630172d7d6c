using System.Globalization;

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

    /// <summary>The amount as a reader writes it: <c>8.74万元</c>; the bare number when the unit is unknown.</summary>
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture) + Unit;

    /// <summary>8.74 × 10000 is 87400.00 in decimal arithmetic; drop the trailing zeros the multiplication adds.</summary>
    private static decimal Trim(decimal value) => value / 1.0000000000000000000000000000m;
}
