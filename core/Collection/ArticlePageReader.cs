using AngleSharp.Html.Parser;
using ReportAudit.Core.Parsing.Normalization;

namespace ReportAudit.Core.Collection;

/// <summary>
/// Reads an article page of a government CMS: its title (TRS/Hanweb <c>ArticleTitle</c> meta, else the page title,
/// else the first heading), whether the body container (<c>.TRS_Editor</c>, <c>#zoom</c>, …) holds the report's
/// sections or only points at an attachment, and the PDF/Word/WPS attachments. Pure: no fetching.
/// </summary>
public static class ArticlePageReader
{
    /// <summary>The file types a report is attached as.</summary>
    public static readonly IReadOnlyList<string> AttachmentExtensions = [".pdf", ".docx", ".doc", ".wps"];

    private static readonly string[] BodySelectors = [".TRS_Editor", "#zoom", ".Custom_UnionStyle", ".article-content", "#UCAP-CONTENT", ".wzcon", "#content", ".content", "article"];

    /// <summary>Headings of the report's sections (2021 template and the one before); two of them make a report body.</summary>
    private static readonly string[] SectionMarks = ["主动公开政府信息情况", "收到和处理政府信息公开申请情况", "政府信息公开行政复议", "存在的主要问题及改进情况", "因政府信息公开申请提起的行政复议", "依申请公开政府信息情况"];

    public static ArticlePage Read(string html, Uri pageUri)
    {
        ArgumentNullException.ThrowIfNull(pageUri);
        var document = new HtmlParser().ParseDocument(html ?? string.Empty);
        var title = HtmlLinks.Collapse(document.QuerySelector("meta[name=ArticleTitle]")?.GetAttribute("content"));
        if (title.Length == 0)
        {
            title = HtmlLinks.Collapse(document.Title);
        }

        if (title.Length == 0)
        {
            title = HtmlLinks.Collapse(document.QuerySelector("h1")?.TextContent);
        }

        var body = BodySelectors.Select(s => document.QuerySelector(s)).FirstOrDefault(e => e is not null) ?? document.Body;
        var text = ChineseText.Normalize(body?.TextContent ?? string.Empty);
        var holdsReport = SectionMarks.Count(m => text.Contains(m, StringComparison.Ordinal)) >= 2;

        var attachments = HtmlLinks.Of(document, pageUri).Where(IsAttachment).DistinctBy(l => l.Url).ToList();
        return new ArticlePage(title, holdsReport, attachments);
    }

    /// <summary>A link to a report file: by its path, by a download script's file parameter, or by the link text.</summary>
    public static bool IsAttachment(PageLink link)
    {
        ArgumentNullException.ThrowIfNull(link);
        return AttachmentExtensions.Any(e =>
            link.Url.AbsolutePath.EndsWith(e, StringComparison.OrdinalIgnoreCase)
            || Uri.UnescapeDataString(link.Url.Query).Split('&', '?').Any(p => p.EndsWith(e, StringComparison.OrdinalIgnoreCase))
            || link.Text.EndsWith(e, StringComparison.OrdinalIgnoreCase));
    }
}
