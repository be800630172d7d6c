using ReportAudit.Core.Model;
using ReportAudit.Core.Parsing.Normalization;

namespace ReportAudit.Core.Parsing.Tables;

/// <summary>How a label cell matched a template row.</summary>
internal enum LabelMatch
{
    None = 0,
    Exact,

    /// <summary>Off by one character from the official label (予已公开 for 予以公开): accepted and reported.</summary>
    NearMiss,
}

/// <summary>Matches label cells against template rows by their phrases.</summary>
internal static class LabelMatcher
{
    /// <summary>A label cell longer than this past its phrase is prose, not a label.</summary>
    private const int MaxExtraChars = 48;

    /// <param name="row">The template row.</param>
    /// <param name="key">The cell's label key; for rows that keep their ordinal, the key with the ordinal (see <see cref="ChineseText.OrdinalKey"/>).</param>
    public static LabelMatch Match(TemplateRow row, string key)
    {
        if (key.Length == 0)
        {
            return LabelMatch.None;
        }

        if (row.KeepOrdinal)
        {
            return row.Phrases.Contains(key) ? LabelMatch.Exact : LabelMatch.None;
        }

        // Indexed, not foreach: an enumerator of the IReadOnlyList would be allocated for every cell and row tried.
        var phrases = row.Phrases;
        for (var p = 0; p < phrases.Count; p++)
        {
            var phrase = phrases[p];
            if (row.ExactMatch ? key == phrase : key.Length <= phrase.Length + MaxExtraChars && key.Contains(phrase, StringComparison.Ordinal))
            {
                return LabelMatch.Exact;
            }
        }

        for (var p = 0; p < phrases.Count; p++)
        {
            var phrase = phrases[p];
            if (phrase.Length >= 4 && Math.Abs(key.Length - phrase.Length) <= 1 && Distance(key, phrase) == 1)
            {
                return LabelMatch.NearMiss;
            }
        }

        return LabelMatch.None;
    }

    /// <summary>The official label's key, used in near-miss notices.</summary>
    public static string OfficialKey(TemplateRow row) => ChineseText.LabelKey(row.Label);

    /// <summary>
    /// A label a few characters off the official one (typos, dropped characters): within a third of the label's length
    /// in edit distance. Only for labels of six characters or more (行政许可 and 行政处罚 are two apart), and only used for
    /// a cell in the row's expected place.
    /// </summary>
    public static bool IsClose(string key, string official)
    {
        if (key.Length < 4 || official.Length < 6 || Math.Abs(key.Length - official.Length) > official.Length / 3)
        {
            return false;
        }

        var a = key.Length > 64 ? key.AsSpan(0, 64) : key;
        var b = official.Length > 64 ? official.AsSpan(0, 64) : official;
        return Levenshtein(a, b) <= official.Length / 3;
    }

    /// <summary>Levenshtein distance, capped early: only 0, 1 or "more" matter here.</summary>
    public static int Distance(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return 2;
        }

        return Levenshtein(a, b);
    }

    /// <summary>The edit distance of two labels (insertions, deletions and substitutions of one character each).</summary>
    private static int Levenshtein(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        Span<int> previous = b.Length < 128 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        Span<int> current = b.Length < 128 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            var swap = previous;
            previous = current;
            current = swap;
        }

        return previous[b.Length];
    }
}
