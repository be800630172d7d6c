using ReportAudit.Core.Model;
using ReportAudit.Core.Parsing.Readers;

namespace ReportAudit.Core.Parsing;

/// <summary>
/// Parses one annual report file, whatever its format (text, HTML, Word, PDF; detected from the
/// content), into an <see cref="AnnualReport"/>. It never throws for bad input: a file it cannot
/// read gives a report with status <see cref="ParseStatus.Unparseable"/> and a notice saying why.
/// </summary>
public sealed class ReportParser(ParserOptions options)
{
    /// <summary>Bumped whenever parsing changes what it reads, so stored reports can be reprocessed.</summary>
    public const string Version = "2.0.0";

    public ReportParser()
        : this(new ParserOptions())
    {
    }

    public ParserOptions Options { get; } = options;

    /// <summary>Reads at most <see cref="ParserOptions.MaxInputBytes"/> (+1, to tell that it was too large) and parses.</summary>
    public async Task<AnnualReport> ParseAsync(Stream content, string fileName, CancellationToken cancellationToken = default)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > Options.MaxInputBytes)
            {
                return TooLarge(fileName);
            }
        }

        return Parse(buffer.ToArray(), fileName);
    }

    public AnnualReport Parse(byte[] content, string fileName) => Parse(content, fileName, ParseHints.None);

    /// <summary>Parses with what the host knows about the upload: the uploader's body wins over the file's, and page dates after <see cref="ParseHints.ReceivedAt"/> are not taken.</summary>
    public AnnualReport Parse(byte[] content, string fileName, ParseHints hints)
    {
        ArgumentNullException.ThrowIfNull(hints);
        ArgumentNullException.ThrowIfNull(content);
        if (content.LongLength > Options.MaxInputBytes)
        {
            return TooLarge(fileName);
        }

        if (content.Length == 0 || content.AsSpan().IndexOfAnyExcept(" \n\r\t"u8) < 0)
        {
            return Unparseable(fileName, InputFormat.Unknown, "input.empty", "文件是空的", "the file is empty", hints);
        }

        var format = InputFormat.Unknown;
        string? encoding = null;
        try
        {
            format = InputSniffer.DetectBinary(content);
            List<Piece> pieces;
            var page = new PageFacts();
            switch (format)
            {
                case InputFormat.Pdf:
                    pieces = PdfPieceReader.Read(content, Options);
                    break;
                case InputFormat.Docx:
                    pieces = DocxPieceReader.Read(content, Options);
                    break;
                default:
                    // A large page is not decoded whole before it is known to be HTML: its first characters tell.
                    var large = content.Length > Options.HtmlSegmentThreshold;
                    string? text = null;
                    var (textEncoding, offset) = (System.Text.Encoding.UTF8, 0);
                    if (large)
                    {
                        (textEncoding, offset, encoding) = InputSniffer.DetectEncoding(content);
                    }
                    else
                    {
                        (text, encoding) = InputSniffer.Decode(content);
                    }

                    var head = text ?? Head(content, offset, textEncoding);
                    if (InputSniffer.LooksBinary(head))
                    {
                        return Unparseable(fileName, InputFormat.Unknown, "input.binary", "文件不是文本、网页、Word 或 PDF（看起来是二进制数据）", "the file is not text, HTML, Word or PDF (binary data)", hints);
                    }

                    format = InputSniffer.LooksLikeHtml(head) ? InputFormat.Html : InputFormat.Text;
                    if (large && format == InputFormat.Html
                        && HtmlSegments.TryRead(new DecodedText(content, offset, textEncoding), Options.MaxPieces, page, Options.HtmlSegmentChars, out _, out _) is { } segmented)
                    {
                        pieces = segmented;
                        break;
                    }

                    text ??= textEncoding.GetString(content, offset, content.Length - offset);
                    pieces = format == InputFormat.Html ? HtmlPieceReader.Read(text, Options.MaxPieces, page) : TextPieceReader.Read(text, Options.MaxPieces);
                    break;
            }

            return ReportAssembler.Assemble(new ParseContext(pieces) { Page = page, Hints = hints }, format, encoding, fileName);
        }
        catch (ParseFailure failure)
        {
            return Unparseable(fileName, format, failure.Code, failure.MessageZh, failure.Message, hints);
        }
#pragma warning disable CA1031 // The parser's contract: bad input never throws out of it.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return Unparseable(fileName, format, "parser.failed", $"读取时出错：{e.GetType().Name}: {e.Message}", $"reading failed: {e.GetType().Name}: {e.Message}", hints);
        }
    }

    /// <summary>The first characters of the text (at least the 8,192 the format checks read): the decoding of its first 64 KB, as a prefix of the whole decoding.</summary>
    private static string Head(byte[] content, int offset, System.Text.Encoding encoding)
    {
        var length = Math.Min(64 * 1024, content.Length - offset);
        var chars = new char[encoding.GetMaxCharCount(length)];
        var count = encoding.GetDecoder().GetChars(content, offset, length, chars, 0, flush: offset + length == content.Length);
        return new string(chars, 0, count);
    }

    /// <summary>The result for a file over the size limit, without reading it.</summary>
    public AnnualReport TooLarge(string fileName) => Unparseable(
        fileName, InputFormat.Unknown, "input.too-large",
        $"文件超过 {Size(Options.MaxInputBytes)} 的上限",
        $"the file is larger than the {Size(Options.MaxInputBytes)} limit");

    private static string Size(long bytes) => bytes >= 1024 * 1024
        ? $"{bytes / (1024 * 1024)} MB"
        : $"{bytes / 1024} KB";

    /// <summary>A report that could not be read; it still carries the body its uploader named.</summary>
    private static AnnualReport Unparseable(string fileName, InputFormat format, string code, string zh, string en, ParseHints? hints = null) => new()
    {
        FileName = fileName,
        Body = hints?.Body,
        BodySource = hints?.Body is null ? null : hints.BodySource,
        Format = format,
        Status = ParseStatus.Unparseable,
        Notices = [new ParseNotice(code, NoticeLevel.Error, zh, en)],
    };
}
