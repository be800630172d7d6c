using System.Buffers;
using System.Text;

namespace ReportAudit.Core.Parsing.Normalization;

/// <summary>
/// Normalises report text before labels are matched: traditional characters to simplified,
/// pinyin marks that site converters insert (<c>發(fā)布</c> → <c>發布</c>), full-width digits and
/// punctuation to ASCII, and whitespace. Pure and allocation-light: it runs on every cell.
/// </summary>
public static class ChineseText
{
    private static readonly char[] SimplifiedOf = LoadTraditionalToSimplified();

    private static readonly SearchValues<char> ToneMarked = SearchValues.Create("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ");

    private static char[] LoadTraditionalToSimplified()
    {
        var map = new char[char.MaxValue + 1];
        for (var i = 0; i < map.Length; i++)
        {
            map[i] = (char)i;
        }

        using var stream = typeof(ChineseText).Assembly.GetManifestResourceStream("ReportAudit.Core.t2s.txt")
            ?? throw new InvalidOperationException("The embedded t2s table is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var pairs = reader.ReadToEnd();
        for (var i = 0; i + 1 < pairs.Length; i += 2)
        {
            map[pairs[i]] = pairs[i + 1];
        }

        return map;
    }

    /// <summary>The simplified form of one character (itself when it has none).</summary>
    public static char ToSimplified(char c) => SimplifiedOf[c];

    /// <summary>Maps full-width ASCII (U+FF01–FF5E) and ideographic/no-break spaces to ASCII.</summary>
    public static char ToHalfWidth(char c) => c switch
    {
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        '\u3000' or '\u00A0' or '\u2002' or '\u2003' or '\u2009' or '\u200B' => ' ',
        _ => c,
    };

    /// <summary>True when the text has a tone-marked letter, without which it has no pinyin mark to strip.</summary>
    public static bool HasToneMark(ReadOnlySpan<char> text) => text.IndexOfAny(ToneMarked) >= 0;

    /// <summary>True when the text has a pinyin mark such as <c>(fā)</c>.</summary>
    public static bool HasPinyinMarks(ReadOnlySpan<char> text)
    {
        var open = text.IndexOf('(');
        return open >= 0 && text[open..].IndexOfAny(ToneMarked) >= 0 && StripPinyinMarks(text.ToString()).Length != text.Length;
    }

    /// <summary>
    /// Removes pinyin marks: a parenthesised run of Latin letters with at least one tone mark,
    /// directly after a CJK character (<c>數(shù)據(jù)</c> → <c>數據</c>).
    /// </summary>
    public static string StripPinyinMarks(string text)
    {
        if (text.AsSpan().IndexOfAny(ToneMarked) < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '(' && i > 0 && IsCjk(text[i - 1]) && TryPinyinRun(text, i, out var end))
            {
                i = end + 1;
                continue;
            }

            sb.Append(c);
            i++;
        }

        return sb.ToString();
    }

    private static bool TryPinyinRun(string text, int open, out int close)
    {
        close = -1;
        var toned = false;
        for (var j = open + 1; j < text.Length && j <= open + 8; j++)
        {
            var c = text[j];
            if (c == ')')
            {
                close = j;
                return toned && j > open + 1;
            }

            if (ToneMarked.Contains(c))
            {
                toned = true;
            }
            else if (c is not (>= 'a' and <= 'z') and not 'ü')
            {
                return false;
            }
        }

        return false;
    }

    public static bool IsCjk(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or '〇';

    /// <summary>
    /// The form labels are compared in: simplified, half-width, without whitespace,
    /// pinyin marks or quotation marks. Ordinals and punctuation stay (see <see cref="LabelKey"/>).
    /// </summary>
    public static string Normalize(string text)
    {
        var source = StripPinyinMarks(text);
        var buffer = source.Length <= 256 ? stackalloc char[source.Length] : new char[source.Length];
        var n = NormalizeInto(source, buffer);
        return SameOrNew(text, buffer[..n]);
    }

    /// <summary><see cref="Normalize(string)"/> of a part of a line, without making a string of the part first.</summary>
    public static string Normalize(ReadOnlySpan<char> text)
    {
        if (HasToneMark(text))
        {
            return Normalize(text.ToString());
        }

        var buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        return new string(buffer[..NormalizeInto(text, buffer)]);
    }

    /// <summary>Writes the normalised characters of text without pinyin marks into buffer (at least as long); returns how many.</summary>
    private static int NormalizeInto(ReadOnlySpan<char> source, Span<char> buffer)
    {
        var n = 0;
        foreach (var raw in source)
        {
            var c = ToSimplified(ToHalfWidth(raw));
            if (char.IsWhiteSpace(c) || c is '“' or '”' or '"' or '‘' or '’' or '\'' or '「' or '」')
            {
                continue;
            }

            buffer[n++] = c;
        }

        return n;
    }

    /// <summary>The original string when the result is the same text (a number, a clean label): no copy; else a new one.</summary>
    private static string SameOrNew(string original, ReadOnlySpan<char> result) =>
        result.SequenceEqual(original) ? original : new string(result);

    /// <summary>Removes punctuation and symbols in place; returns the length left.</summary>
    private static int RemovePunctuation(Span<char> chars)
    {
        var n = 0;
        foreach (var c in chars)
        {
            if (!char.IsPunctuation(c) && !char.IsSymbol(c))
            {
                chars[n++] = c;
            }
        }

        return n;
    }

    /// <summary>
    /// The key a label cell is matched by: <see cref="Normalize(string)"/>, then without a leading ordinal
    /// (<c>一、</c>, <c>(三)</c>, <c>1.</c>) and without punctuation. One string at most (none when the key is the text).
    /// </summary>
    public static string LabelKey(string text)
    {
        var source = StripPinyinMarks(text);
        var buffer = source.Length <= 256 ? stackalloc char[source.Length] : new char[source.Length];
        var n = NormalizeInto(source, buffer);
        var start = n - SkipOrdinal(buffer[..n]).Length;
        var key = buffer[start..n];
        return SameOrNew(text, key[..RemovePunctuation(key)]);
    }

    /// <summary>Like <see cref="LabelKey"/> but keeping the ordinal's digits and numerals: <c>3.其他</c> → <c>3其他</c>.</summary>
    public static string OrdinalKey(string text)
    {
        var source = StripPinyinMarks(text);
        var buffer = source.Length <= 256 ? stackalloc char[source.Length] : new char[source.Length];
        var n = NormalizeInto(source, buffer);
        return SameOrNew(text, buffer[..RemovePunctuation(buffer[..n])]);
    }

    /// <summary>Skips ordinals such as <c>一、</c>, <c>(三)</c>, <c>3.</c>, <c>三本</c> is left alone.</summary>
    public static ReadOnlySpan<char> SkipOrdinal(ReadOnlySpan<char> span)
    {
        while (true)
        {
            var before = span.Length;
            if (span.Length > 2 && span[0] == '(')
            {
                var close = span.IndexOf(')');
                if (close is > 1 and <= 4 && IsOrdinal(span[1..close]))
                {
                    span = span[(close + 1)..];
                }
            }
            else if (span.Length > 1)
            {
                var i = 0;
                while (i < span.Length && i < 3 && IsOrdinalChar(span[i]))
                {
                    i++;
                }

                if (i > 0 && i < span.Length && span[i] is '、' or '.' or ',' or ':' or '．')
                {
                    span = span[(i + 1)..];
                }
            }

            if (span.Length == before)
            {
                return span;
            }
        }
    }

    private static bool IsOrdinal(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (!IsOrdinalChar(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsOrdinalChar(char c) => c is >= '0' and <= '9' || "一二三四五六七八九十".Contains(c);
}
