namespace ReportAudit.Core.Collection;

/// <summary>What an article page holds: its title, whether its body holds the report itself, and its attachments.</summary>
/// <param name="Title">The article title (the CMS's ArticleTitle meta, else the page title, else the first heading).</param>
/// <param name="HoldsReport">Whether the body text has the report's sections (not only "详见附件").</param>
/// <param name="Attachments">Links to PDF, Word and WPS files on the page.</param>
public sealed record ArticlePage(string Title, bool HoldsReport, IReadOnlyList<PageLink> Attachments);
