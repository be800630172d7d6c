namespace ReportAudit.Core.Parsing;

/// <summary>Limits that keep one bad upload from exhausting the worker. All have sane defaults.</summary>
public sealed class ParserOptions
{
    public const string SectionName = "Parser";

    /// <summary>Largest file accepted, in bytes (a real report is well under 5 MB; PDFs with images can be larger).</summary>
    public long MaxInputBytes { get; set; } = 30 * 1024 * 1024;

    /// <summary>Most pieces (lines and table cells) read from one report.</summary>
    public int MaxPieces { get; set; } = 100_000;

    /// <summary>Most bytes a .docx may expand to when unzipped (zip bombs).</summary>
    public long MaxDecompressedBytes { get; set; } = 100 * 1024 * 1024;

    /// <summary>Highest compression ratio accepted for one .docx entry.</summary>
    public int MaxCompressionRatio { get; set; } = 200;

    /// <summary>Most PDF pages read.</summary>
    public int MaxPdfPages { get; set; } = 200;

    /// <summary>
    /// HTML pages of more bytes than this are decoded as they are read and read in segments of <see cref="HtmlSegmentChars"/>,
    /// so that one segment's tree is held at a time, not the whole page's (≈ 7 bytes of tree per byte of a Word page), nor
    /// the whole page's text. Not a setting: tests lower it to read every page in segments and compare with the whole read.
    /// </summary>
    internal int HtmlSegmentThreshold { get; set; } = 1_000_000;

    /// <summary>The least length of one segment, in characters (see <see cref="HtmlSegmentThreshold"/>).</summary>
    internal int HtmlSegmentChars { get; set; } = 250_000;
}
