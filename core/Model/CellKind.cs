namespace ReportAudit.Core.Model;

/// <summary>What a table cell holds. A blank cell is not zero.</summary>
public enum CellKind
{
    /// <summary>Nothing, or a placeholder such as "—" or "/".</summary>
    Blank = 0,

    /// <summary>A whole number without sign, e.g. <c>18</c>.</summary>
    Integer,

    /// <summary>A whole number written with a sign, e.g. <c>+18</c> or <c>-15</c> (the 2019 template's 本年增/减).</summary>
    SignedInteger,

    /// <summary>A number with a fraction, e.g. <c>38.79</c> (万元).</summary>
    Decimal,

    /// <summary>Text that is not a number where a number was expected.</summary>
    Text,
}
