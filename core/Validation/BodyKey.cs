using System.Text;
using ReportAudit.Core.Parsing.Normalization;

namespace ReportAudit.Core.Validation;

/// <summary>
/// The normalised identity of an issuing body: simplified characters, no spaces, no punctuation, no
/// pinyin marks, so that 石家莊市人民政府辦公室 and 石家庄市 人民政府办公室 are one body.
/// </summary>
public static class BodyKey
{
    public static string Of(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return string.Empty;
        }

        var normalized = ChineseText.Normalize(body);
        var sb = new StringBuilder(normalized.Length);
        foreach (var c in normalized)
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }

        return sb.ToString();
    }
}
