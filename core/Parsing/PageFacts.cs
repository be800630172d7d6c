namespace ReportAudit.Core.Parsing;

/// <summary>
/// What a web page says about itself outside the body text, for the metadata reader: the <c>&lt;title&gt;</c>, the
/// <c>ArticleTitle</c> and <c>PubDate</c> meta tags CMSs write, and which lines were headings (<c>&lt;h1&gt;</c>–<c>&lt;h3&gt;</c>
/// or a centred line). Empty for text, Word and PDF input.
/// </summary>
internal sealed class PageFacts
{
    public string? HeadTitle { get; set; }

    public string? ArticleTitle { get; set; }

    public string? PubDate { get; set; }

    /// <summary>Indexes of the pieces that were headings or centred lines, in reading order.</summary>
    public List<int> HeadingPieces { get; } = [];
}
