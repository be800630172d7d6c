namespace ReportAudit.Core.Model;

/// <summary>One table cell: the text as the report wrote it, its value and where it came from.</summary>
/// <param name="Raw">The cell's text as written (pinyin marks removed, whitespace trimmed).</param>
/// <param name="Kind">What the text holds.</param>
/// <param name="Number">The value, or null when the cell is blank or not a number.</param>
/// <param name="Unit">A unit written in the cell (元, 万元), or for an amount the unit its column header or a note states; null when none.</param>
/// <param name="Location">Where the cell is in the source.</param>
public sealed record Cell(string Raw, CellKind Kind, decimal? Number, string? Unit, SourceLocation Location)
{
    public bool IsBlank => Kind == CellKind.Blank;

    /// <summary>
    /// For a money cell (采购总金额, 本年收费金额) with a number: the amount with its unit, wherever the unit was
    /// written, and its value in 元; null for every other cell.
    /// </summary>
    public Amount? Amount { get; init; }

    /// <summary>True when the cell holds a whole number that is not negative, as counts must.</summary>
    public bool IsCount => Number is { } n && n >= 0 && n == decimal.Truncate(n) && Kind is CellKind.Integer or CellKind.SignedInteger;

    /// <summary>The value for arithmetic, counting a blank cell as 0 (callers say so in their messages).</summary>
    public decimal ValueOrZero => Number ?? 0m;
}
