using System.Globalization;
using ReportAudit.Core.Model;
using ReportAudit.Core.Parsing.Normalization;

namespace ReportAudit.Core.Parsing;

/// <summary>
/// Reads a cell's value: blank, whole number, signed number (+18), decimal, or a number with a unit (38.79万元);
/// full-width digits and thousands separators (<c>１，２３４．５</c>) are read as their ASCII forms.
/// </summary>
internal static class CellValueParser
{
    /// <summary>Suffixes read as a unit: the money units (longest first, so 万元 is not read as 元), then counts.</summary>
    private static readonly string[] Units = [.. Amount.Units, "万", "亿", "件", "个", "项", "条"];

    private static readonly string[] BlankMarks = ["-", "--", "—", "——", "/", "\\", "无", "空", "／", "－", "–"];

    public static Cell Parse(string raw, SourceLocation location)
    {
        var (kind, number, unit) = Read(raw);
        return new Cell(raw, kind, number, unit, location);
    }

    public static bool IsValueLike(string text) => Read(text).Kind != CellKind.Text;

    /// <summary>
    /// False when the first character that counts (whitespace and separators skipped, half-width) can begin no value:
    /// a value is a blank mark or begins with a sign or a digit. Most cells that are not numbers (labels) are told here,
    /// at their first character, instead of after the blank marks and units are tried.
    /// </summary>
    private static bool MayBeValue(string raw)
    {
        foreach (var c in raw)
        {
            var h = ChineseText.ToHalfWidth(c);
            if (char.IsWhiteSpace(h) || h == ',')
            {
                continue;
            }

            return char.IsAsciiDigit(h) || h is '+' or '-' or '—' or '/' or '\\' or '无' or '空' or '／' or '－' or '–';
        }

        return true;
    }

    private static (CellKind Kind, decimal? Number, string? Unit) Read(string raw)
    {
        // Most cells are plain ASCII whole numbers: read them without the general path's buffers and decimal parsing.
        if (raw.Length is > 0 and <= 9 && !raw.AsSpan().ContainsAnyExceptInRange('0', '9'))
        {
            var whole = 0;
            foreach (var c in raw)
            {
                whole = (whole * 10) + (c - '0');
            }

            return (CellKind.Integer, whole, null);
        }

        if (!MayBeValue(raw))
        {
            return (CellKind.Text, null, null);
        }

        Span<char> buffer = stackalloc char[Math.Min(raw.Length, 64)];
        if (raw.Length > 64)
        {
            return (CellKind.Text, null, null);
        }

        var n = 0;
        foreach (var c in raw)
        {
            var h = ChineseText.ToHalfWidth(c);
            if (char.IsWhiteSpace(h) || h == ',')
            {
                continue;
            }

            buffer[n++] = h;
        }

        var t = buffer[..n];
        if (t.Length == 0)
        {
            return (CellKind.Blank, null, null);
        }

        foreach (var mark in BlankMarks)
        {
            if (t.SequenceEqual(mark))
            {
                return (CellKind.Blank, null, null);
            }
        }

        string? unit = null;
        foreach (var u in Units)
        {
            if (t.Length > u.Length && t.EndsWith(u, StringComparison.Ordinal))
            {
                unit = u;
                t = t[..^u.Length];
                break;
            }
        }

        var signed = t[0] is '+' or '-';
        var digits = signed ? t[1..] : t;
        if (digits.Length == 0 || !char.IsAsciiDigit(digits[0]) || !char.IsAsciiDigit(digits[^1]))
        {
            return (CellKind.Text, null, null);
        }

        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c) && c != '.')
            {
                return (CellKind.Text, null, null);
            }
        }

        if (!decimal.TryParse(t, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return (CellKind.Text, null, null);
        }

        var kind = digits.Contains('.') ? CellKind.Decimal : signed ? CellKind.SignedInteger : CellKind.Integer;
        return (kind, value, unit);
    }
}
