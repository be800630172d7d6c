using System.Text;
using ReportAudit.Core.Parsing.Normalization;

namespace ReportAudit.Core.Parsing;

/// <summary>Turns the text of one flattened cell, which may span lines, into cell texts.</summary>
internal static class CellText
{
    /// <summary>
    /// A label wrapped over lines (<c>商业\n企业</c>, <c>(三)\n不予\n公开</c>) is one cell, its lines joined;
    /// but when a line is a number, each line is its own cell (a row written one value per line).
    /// </summary>
    public static void Split(string raw, List<(string Text, int LineOffset)> into)
    {
        if (raw.IndexOf('\n') < 0)
        {
            into.Add((Clean(raw), 0));
            return;
        }

        var lines = raw.Split('\n');
        var anyValue = false;
        var nonEmpty = 0;
        foreach (var line in lines)
        {
            var t = line.Trim();
            if (t.Length > 0)
            {
                nonEmpty++;
                anyValue |= CellValueParser.IsValueLike(t);
            }
        }

        if (anyValue && nonEmpty > 1)
        {
            for (var i = 0; i < lines.Length; i++)
            {
                if (lines[i].Trim().Length > 0)
                {
                    into.Add((Clean(lines[i]), i));
                }
            }

            return;
        }

        var first = Array.FindIndex(lines, l => l.Trim().Length > 0);
        into.Add((Join(lines), Math.Max(first, 0)));
    }

    /// <summary>Joins wrapped lines: no space between CJK characters, one space otherwise.</summary>
    public static string Join(IEnumerable<string> lines)
    {
        var sb = new StringBuilder();
        foreach (var line in lines)
        {
            var t = Clean(line);
            if (t.Length == 0)
            {
                continue;
            }

            if (sb.Length > 0 && !(ChineseText.IsCjk(sb[^1]) || ChineseText.IsCjk(t[0]) || IsOpenPunct(sb[^1]) || IsClosePunct(t[0])))
            {
                sb.Append(' ');
            }

            sb.Append(t);
        }

        return sb.ToString();
    }

    private static bool IsOpenPunct(char c) => c is '(' or '（' or '“' or '、' or '.' or '．';

    private static bool IsClosePunct(char c) => c is ')' or '）' or '”' or '、' or '，' or '。';

    /// <summary>
    /// Appends one line of a cell to the cell's text as <see cref="Join"/> does (cleaned, no space between CJK
    /// characters, one space otherwise), without making a string of the line.
    /// </summary>
    public static void AppendJoined(Readers.CharBuffer into, ReadOnlySpan<char> line)
    {
        var stripped = ChineseText.HasToneMark(line) ? ChineseText.StripPinyinMarks(line.ToString()) : null;
        var t = (stripped is null ? line : stripped.AsSpan()).Trim();
        if (t.IsEmpty)
        {
            return;
        }

        if (into.Length > 0 && !(ChineseText.IsCjk(into.Last) || ChineseText.IsCjk(t[0]) || IsOpenPunct(into.Last) || IsClosePunct(t[0])))
        {
            into.Append(' ');
        }

        if (t.IndexOfAny('\u00A0', '\u3000') < 0)
        {
            into.Append(t);
            return;
        }

        foreach (var c in t)
        {
            into.Append(c is '\u00A0' or '\u3000' ? ' ' : c);
        }
    }

    /// <summary><see cref="Clean(string)"/> of a run of characters, made a string only once, cleaned.</summary>
    public static string Clean(ReadOnlySpan<char> text)
    {
        if (ChineseText.HasToneMark(text))
        {
            return Clean(text.ToString());
        }

        var t = text.Trim();
        if (t.IndexOfAny('\u00A0', '\u3000') < 0)
        {
            return Shared(t);
        }

        Span<char> copy = t.Length <= 256 ? stackalloc char[t.Length] : new char[t.Length];
        t.CopyTo(copy);
        copy.Replace('\u00A0', ' ');
        copy.Replace('\u3000', ' ');
        return new string(copy);
    }

    /// <summary>Small whole numbers, the most common cell text, as one shared string each.</summary>
    private static readonly string[] SmallNumbers = [.. Enumerable.Range(0, 100).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture))];

    /// <summary>The text as a string: empty and small whole numbers (0–99) are shared, anything else is new.</summary>
    public static string Shared(ReadOnlySpan<char> text)
    {
        switch (text.Length)
        {
            case 0:
                return string.Empty;
            case 1 when char.IsAsciiDigit(text[0]):
                return SmallNumbers[text[0] - '0'];
            case 2 when text[0] is >= '1' and <= '9' && char.IsAsciiDigit(text[1]):
                return SmallNumbers[((text[0] - '0') * 10) + text[1] - '0'];
            default:
                return new string(text);
        }
    }

    /// <summary>Trims, strips pinyin marks and turns no-break and ideographic spaces into spaces.</summary>
    public static string Clean(string text)
    {
        var t = ChineseText.StripPinyinMarks(text);
        if (t.AsSpan().IndexOfAny('\u00A0', '\u3000') >= 0)
        {
            t = t.Replace('\u00A0', ' ').Replace('\u3000', ' ');
        }

        return t.Trim();
    }
}
