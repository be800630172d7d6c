using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ReportAudit.Core.Model;
using ReportAudit.Core.Parsing;

namespace ReportAudit.Core.Ingestion;

/// <summary>
/// The upload decisions that need no storage: is a file too large, is it a kind of file a report comes in, what is
/// its content hash. Kept apart from <see cref="ReportUploader"/>'s I/O so the dashboard's upload can make the same
/// decisions and tests can check them on bytes alone.
/// </summary>
public static class UploadScreening
{
    public const string AlreadyThere = "already-there";
    public const string TooLarge = "too-large";
    public const string NotAReport = "not-a-report";
    public const string Empty = "empty";
    public const string Unreadable = "unreadable";
    public const string NoRegion = "no-region";

    /// <summary>Why a file of this length is refused (longer than the parser accepts: <see cref="ParserOptions.MaxInputBytes"/>), or null.</summary>
    public static string? SizeRefusal(long length, long maxInputBytes) => length > maxInputBytes
        ? string.Create(CultureInfo.InvariantCulture, $"文件过大 too large: {length:N0} 字节 bytes，上限 limit {maxInputBytes:N0}（Parser:MaxInputBytes）")
        : null;

    /// <summary>
    /// Why these bytes are not a report file (a report comes as PDF, .docx, HTML or text), or null. Decided from the
    /// content, never the name, as the parser does: a zip that is not a Word document, an old .doc, an image or other
    /// binary data is refused here rather than stored as an unparseable report.
    /// </summary>
    public static string? TypeRefusal(ReadOnlySpan<byte> content)
    {
        if (content.IsEmpty)
        {
            return "空文件 empty file";
        }

        InputFormat format;
        try
        {
            format = InputSniffer.DetectBinary(content);
        }
        catch (ParseFailure failure)
        {
            return $"{failure.MessageZh} ({failure.Message})";
        }

        switch (format)
        {
            case InputFormat.Pdf:
                return null;
            case InputFormat.Docx:
                // Entry names are stored uncompressed in a zip; a Word document has word/document.xml.
                return content.IndexOf("word/document.xml"u8) >= 0 ? null : "不是 Word 文档的 zip 文件 a zip file that is not a Word document";
            default:
                var (text, _) = InputSniffer.Decode(content[..Math.Min(content.Length, 64 * 1024)]);
                return InputSniffer.LooksBinary(text) ? "不是报告文件类型（PDF、Word、网页或文本） not a report type (PDF, .docx, HTML or text)" : null;
        }
    }

    /// <summary>The SHA-256 of the content in lower-case hex, as stored in the blob metadata <see cref="ReportUploader.Sha256MetadataKey"/>.</summary>
    public static string Sha256(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content));

    /// <summary>The body as a blob metadata value: percent-encoded (metadata values are ASCII), read back by <see cref="UploadedBlob.UploaderBody"/>.</summary>
    public static string EncodeBody(string body) => Uri.EscapeDataString(body.Trim());

    /// <summary>Decodes a metadata value written by <see cref="EncodeBody"/>.</summary>
    public static string DecodeBody(string value) => Uri.UnescapeDataString(value);

    internal static string Describe(Exception e) => new StringBuilder("无法读取 unreadable: ").Append(e.Message).ToString();
}
