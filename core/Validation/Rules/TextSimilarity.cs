using System.Globalization;
using ReportAudit.Core.Parsing.Normalization;

namespace ReportAudit.Core.Validation.Rules;

/// <summary>
/// How much of one text another already contains, for <c>crossyear.copied-text</c>: pure and linear in the texts'
/// length. Both texts are compacted (simplified, half-width, letters and digits only), figures are masked so that a
/// changed year or count does not hide a copied sentence, and the share of this year's 4-character shingles found in
/// last year's text (containment) is the similarity. The longest copied passage is found only when the texts are alike.
/// </summary>
public static class TextSimilarity
{
    /// <summary>The shingle length: 4 Chinese characters are about two words, rare enough to mark shared wording.</summary>
    public const int ShingleLength = 4;

    /// <summary>The text as compared: simplified, half-width, only letters and digits (no spaces, no punctuation).</summary>
    public static string Compact(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var normalized = ChineseText.Normalize(text);
        var buffer = normalized.Length <= 512 ? stackalloc char[normalized.Length] : new char[normalized.Length];
        var n = 0;
        foreach (var c in normalized)
        {
            if (char.IsLetterOrDigit(c))
            {
                buffer[n++] = c;
            }
        }

        return new string(buffer[..n]);
    }

    /// <summary>The share (0–1) of <paramref name="current"/>'s shingles that also occur in <paramref name="previous"/>; both compacted.</summary>
    public static double Containment(string current, string previous)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(previous);
        if (current.Length < ShingleLength || previous.Length < ShingleLength)
        {
            return 0;
        }

        var known = Shingles(previous);
        var mine = Shingles(current);
        var shared = 0;
        foreach (var shingle in mine)
        {
            if (known.Contains(shingle))
            {
                shared++;
            }
        }

        return (double)shared / mine.Count;
    }

    /// <summary>The longest passage of <paramref name="current"/> that also occurs in <paramref name="previous"/> (figures masked when comparing, shown as this year wrote them).</summary>
    public static string LongestCommonPassage(string current, string previous)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(previous);
        var a = Mask(current);
        var b = Mask(previous);
        if (a.Length == 0 || b.Length == 0)
        {
            return string.Empty;
        }

        // Longest common substring by dynamic programming over two rows: O(|a|·|b|) time, O(|b|) memory; both texts are
        // at most PreviousYearFigures.MaxTextLength characters, and it runs only for texts already found alike.
        var previousRow = new int[b.Length + 1];
        var row = new int[b.Length + 1];
        int best = 0, end = 0;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                row[j] = a[i - 1] == b[j - 1] ? previousRow[j - 1] + 1 : 0;
                if (row[j] > best)
                {
                    best = row[j];
                    end = i;
                }
            }

            (previousRow, row) = (row, previousRow);
        }

        return current.Substring(end - best, best);
    }

    /// <summary>Digits as one mark, so 2022年 and 2023年, 5件 and 7件 compare equal.</summary>
    private static string Mask(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            span[i] = char.IsAsciiDigit(source[i]) ? '#' : source[i];
        }
    });

    private static HashSet<ulong> Shingles(string text)
    {
        var masked = Mask(text);
        var set = new HashSet<ulong>(Math.Max(0, masked.Length - ShingleLength + 1));
        for (var i = 0; i + ShingleLength <= masked.Length; i++)
        {
            ulong key = 0;
            for (var k = 0; k < ShingleLength; k++)
            {
                key = (key << 16) | masked[i + k];
            }

            set.Add(key);
        }

        return set;
    }

    /// <summary>A similarity as a percentage for messages: <c>87%</c>.</summary>
    public static string Percent(double similarity) => (similarity * 100).ToString("0", CultureInfo.InvariantCulture) + "%";
}
