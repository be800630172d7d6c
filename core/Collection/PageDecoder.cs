using System.Text;
using ReportAudit.Core.Parsing;

namespace ReportAudit.Core.Collection;

/// <summary>
/// Decodes a fetched page: the charset of the <c>Content-Type</c> header first, then what the page declares and
/// its bytes (<see cref="InputSniffer"/>: BOMs, a <c>&lt;meta charset&gt;</c>, strict UTF-8, else GB18030).
/// GB2312 and GBK are read as GB18030, their superset, since sites label GB18030 pages GB2312.
/// </summary>
public static class PageDecoder
{
    public static (string Text, string Encoding) Decode(ReadOnlySpan<byte> bytes, string? contentType)
    {
        var charset = CharsetOf(contentType);
        if (charset is "gb2312" or "gbk" or "gb18030" or "x-gbk" or "cp936")
        {
            return (InputSniffer.Gb18030.GetString(bytes), "gb18030");
        }

        if (charset is "utf-8" or "utf8" && !bytes.StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }))
        {
            try
            {
                return (new UTF8Encoding(false, true).GetString(bytes), "utf-8");
            }
            catch (DecoderFallbackException)
            {
                // A header that says UTF-8 over GBK bytes (a common server default): the bytes decide below.
            }
        }

        return InputSniffer.Decode(bytes);
    }

    /// <summary>The charset parameter of a <c>Content-Type</c> value, lower case, or null.</summary>
    public static string? CharsetOf(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType))
        {
            return null;
        }

        foreach (var part in contentType.Split(';'))
        {
            var kv = part.Split('=', 2);
            if (kv.Length == 2 && kv[0].Trim().Equals("charset", StringComparison.OrdinalIgnoreCase))
            {
                return kv[1].Trim().Trim('"', '\'').ToLowerInvariant();
            }
        }

        return null;
    }
}
