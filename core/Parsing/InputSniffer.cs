using System.Text;
using ReportAudit.Core.Model;

namespace ReportAudit.Core.Parsing;

/// <summary>Detects a file's format and text encoding from its bytes, never from its name.</summary>
internal static class InputSniffer
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static InputSniffer() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Gb18030 { get; } = GetGb18030();

    private static Encoding GetGb18030()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(54936);
    }

    public static InputFormat DetectBinary(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("%PDF-"u8))
        {
            return InputFormat.Pdf;
        }

        if (bytes.StartsWith("PK\u0003\u0004"u8))
        {
            return InputFormat.Docx;
        }

        if (bytes.StartsWith(new byte[] { 0xD0, 0xCF, 0x11, 0xE0 }))
        {
            // A password-protected .docx is an OLE container holding an "EncryptedPackage" stream.
            if (bytes.IndexOf(System.Text.Encoding.Unicode.GetBytes("EncryptedPackage")) >= 0)
            {
                throw new ParseFailure("docx.encrypted", "Word 文件有密码保护（已加密），无法读取；请去掉密码后再上传", "the Word file is password-protected (encrypted)");
            }

            throw new ParseFailure("input.legacy-office", "这是旧版 Word (.doc) 或其他 OLE 文件，请另存为 .docx 后再上传", "legacy Word .doc (OLE) file: save it as .docx");
        }

        return InputFormat.Unknown;
    }

    /// <summary>Decodes text: BOMs first, then strict UTF-8, then a charset the HTML declares, then GB18030.</summary>
    public static (string Text, string Encoding) Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }))
        {
            return (Encoding.UTF8.GetString(bytes[3..]), "utf-8-bom");
        }

        if (bytes.StartsWith(new byte[] { 0xFF, 0xFE }))
        {
            return (Encoding.Unicode.GetString(bytes[2..]), "utf-16le");
        }

        if (bytes.StartsWith(new byte[] { 0xFE, 0xFF }))
        {
            return (Encoding.BigEndianUnicode.GetString(bytes[2..]), "utf-16be");
        }

        if (LooksLikeUtf16WithoutBom(bytes, out var bigEndian))
        {
            return bigEndian
                ? (Encoding.BigEndianUnicode.GetString(bytes), "utf-16be")
                : (Encoding.Unicode.GetString(bytes), "utf-16le");
        }

        var declared = DeclaredCharset(bytes);
        if (declared is "gb2312" or "gbk" or "gb18030" or "x-gbk" or "cp936")
        {
            return (Gb18030Text.Decode(bytes), "gb18030");
        }

        try
        {
            return (StrictUtf8.GetString(bytes), "utf-8");
        }
        catch (DecoderFallbackException)
        {
            return (Gb18030Text.Decode(bytes), "gb18030");
        }
    }

    /// <summary>
    /// The encoding <see cref="Decode"/> decodes with, where the text starts (after a byte order mark) and the encoding's
    /// name, without decoding (for a large page, decoded as it is read): the same choices in the same order as <see cref="Decode"/>.
    /// </summary>
    public static (Encoding Encoding, int Offset, string Name) DetectEncoding(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }))
        {
            return (Encoding.UTF8, 3, "utf-8-bom");
        }

        if (bytes.StartsWith(new byte[] { 0xFF, 0xFE }))
        {
            return (Encoding.Unicode, 2, "utf-16le");
        }

        if (bytes.StartsWith(new byte[] { 0xFE, 0xFF }))
        {
            return (Encoding.BigEndianUnicode, 2, "utf-16be");
        }

        if (LooksLikeUtf16WithoutBom(bytes, out var bigEndian))
        {
            return bigEndian ? (Encoding.BigEndianUnicode, 0, "utf-16be") : (Encoding.Unicode, 0, "utf-16le");
        }

        var declared = DeclaredCharset(bytes);
        if (declared is "gb2312" or "gbk" or "gb18030" or "x-gbk" or "cp936")
        {
            return (Gb18030, 0, "gb18030");
        }

        // Valid UTF-8 decodes the same with the strict decoder as with the usual one; anything else is read as GB18030.
        return System.Text.Unicode.Utf8.IsValid(bytes) ? (StrictUtf8, 0, "utf-8") : (Gb18030, 0, "gb18030");
    }

    private static bool LooksLikeUtf16WithoutBom(ReadOnlySpan<byte> bytes, out bool bigEndian)
    {
        bigEndian = false;
        var sample = bytes[..Math.Min(bytes.Length, 1024)];
        if (sample.Length < 8)
        {
            return false;
        }

        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < sample.Length; i++)
        {
            if (sample[i] == 0)
            {
                if (i % 2 == 0)
                {
                    evenZeros++;
                }
                else
                {
                    oddZeros++;
                }
            }
        }

        var half = sample.Length / 2;
        bigEndian = evenZeros > half * 0.3 && oddZeros < half * 0.05;
        return bigEndian || (oddZeros > half * 0.3 && evenZeros < half * 0.05);
    }

    /// <summary>The charset an HTML page declares in its first 2 KB (<c>&lt;meta charset=gb2312&gt;</c>), lower case; read from the bytes, not copied.</summary>
    private static string? DeclaredCharset(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, 2048)];
        var at = IndexOfIgnoreAsciiCase(head, "charset="u8);
        if (at < 0)
        {
            return null;
        }

        var start = at + "charset=".Length;
        while (start < head.Length && head[start] is (byte)'"' or (byte)'\'' or (byte)' ')
        {
            start++;
        }

        var end = start;
        while (end < head.Length && (char.IsAsciiLetterOrDigit((char)head[end]) || head[end] is (byte)'-' or (byte)'_'))
        {
            end++;
        }

        return end > start ? Encoding.ASCII.GetString(head[start..end]).ToLowerInvariant() : null;
    }

    /// <summary>Where an ASCII needle (lower case) first occurs in the bytes, ignoring ASCII case.</summary>
    private static int IndexOfIgnoreAsciiCase(ReadOnlySpan<byte> haystack, ReadOnlySpan<byte> lowerNeedle)
    {
        var first = lowerNeedle[0];
        var upperFirst = (byte)char.ToUpperInvariant((char)first);
        var offset = 0;
        while (true)
        {
            var at = haystack[offset..].IndexOfAny(first, upperFirst);
            if (at < 0)
            {
                return -1;
            }

            at += offset;
            if (at + lowerNeedle.Length <= haystack.Length && System.Text.Ascii.EqualsIgnoreCase(haystack.Slice(at, lowerNeedle.Length), lowerNeedle))
            {
                return at;
            }

            offset = at + 1;
        }
    }

    /// <summary>What <see cref="LooksBinary"/> counts: control characters other than the four whitespace ones, and U+FFFD.</summary>
    private static readonly System.Buffers.SearchValues<char> BinaryMarks = System.Buffers.SearchValues.Create(
        [.. Enumerable.Range(0, 0xA0).Select(c => (char)c).Where(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f')), '\uFFFD']);

    /// <summary>True when decoded text is mostly control characters or replacement characters: binary junk.</summary>
    public static bool LooksBinary(string text)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, 8192));
        if (sample.Length == 0)
        {
            return false;
        }

        // Most text has no control or replacement character at all: one vectorised search says so.
        if (sample.IndexOfAny(BinaryMarks) < 0)
        {
            return false;
        }

        var bad = 0;
        foreach (var c in sample)
        {
            if (c == '\uFFFD' || (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f')))
            {
                bad++;
            }
        }

        return bad > sample.Length / 20;
    }

    public static bool LooksLikeHtml(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, 4096));
        return head.Contains("<html", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<body", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<table", StringComparison.OrdinalIgnoreCase)
            || (head.Contains("<p", StringComparison.OrdinalIgnoreCase) && head.Contains("</p>", StringComparison.OrdinalIgnoreCase))
            || (head.Contains("<div", StringComparison.OrdinalIgnoreCase) && head.Contains("</div>", StringComparison.OrdinalIgnoreCase));
    }
}
