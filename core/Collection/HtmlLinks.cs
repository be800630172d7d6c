using AngleSharp.Dom;

namespace ReportAudit.Core.Collection;

/// <summary>Reading links off a parsed page: absolute http(s) URLs only, with the text a reader sees.</summary>
internal static class HtmlLinks
{
    public static IEnumerable<PageLink> Of(IParentNode root, Uri baseUri)
    {
        foreach (var a in root.QuerySelectorAll("a[href]"))
        {
            var href = a.GetAttribute("href")?.Trim();
            if (string.IsNullOrEmpty(href) || href.StartsWith('#') || href.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase) || href.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (!Uri.TryCreate(baseUri, href, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
            {
                continue;
            }

            var title = a.GetAttribute("title")?.Trim() ?? string.Empty;
            var text = Collapse(a.TextContent);
            yield return new PageLink(new UriBuilder(url) { Fragment = string.Empty }.Uri, title.Length > text.Length ? title : text);
        }
    }

    public static string Collapse(string? text) => string.Join(' ', (text ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
