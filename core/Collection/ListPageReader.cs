using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;

namespace ReportAudit.Core.Collection;

/// <summary>
/// Reads a body's report column page as the common government CMSs publish it: item links in the page, or in
/// Hanweb/大汉's <c>&lt;script type="text/xml"&gt;&lt;datastore&gt;…&lt;record&gt;&lt;![CDATA[…]]&gt;</c> block;
/// the other pages from "下一页" links, TRS <c>index_1.html</c> links, TRS <c>createPageHTML(count, current,
/// "index", "html")</c> scripts and Hanweb <c>?uid=…&amp;pageNum=2</c> links, on the same host only. Pure: no fetching.
/// </summary>
public static partial class ListPageReader
{
    private static readonly string[] NextWords = ["下一页", "下页", "后一页", "next", "Next", ">", "›", "»"];

    public static ListPage Read(string html, Uri pageUri)
    {
        ArgumentNullException.ThrowIfNull(pageUri);
        var parser = new HtmlParser();
        var document = parser.ParseDocument(html ?? string.Empty);
        var links = HtmlLinks.Of(document, pageUri).ToList();

        foreach (var script in document.QuerySelectorAll("script"))
        {
            var text = script.TextContent;
            foreach (Match record in CData().Matches(text))
            {
                links.AddRange(HtmlLinks.Of(parser.ParseDocument(record.Groups[1].Value), pageUri));
            }
        }

        var pages = new List<Uri>();
        foreach (var link in links)
        {
            if (link.Url.Authority != pageUri.Authority || link.Url == pageUri)
            {
                continue;
            }

            if (NextWords.Contains(link.Text.Trim()) || TrsPage().IsMatch(link.Url.AbsolutePath) || PageNumber().IsMatch(link.Url.Query))
            {
                pages.Add(link.Url);
            }
        }

        foreach (Match call in CreatePageHtml().Matches(html ?? string.Empty))
        {
            var count = int.Parse(call.Groups["count"].Value, CultureInfo.InvariantCulture);
            for (var i = 1; i < Math.Min(count, 1000); i++)
            {
                pages.Add(new Uri(pageUri, $"{call.Groups["prefix"].Value}_{i}.{call.Groups["suffix"].Value}"));
            }
        }

        var items = links.Where(l => !pages.Contains(l.Url)).DistinctBy(l => l.Url).ToList();
        return new ListPage(items, pages.Distinct().ToList());
    }

    [GeneratedRegex(@"<!\[CDATA\[(.*?)\]\]>", RegexOptions.Singleline)]
    private static partial Regex CData();

    [GeneratedRegex(@"/index_\d+\.s?html?$", RegexOptions.IgnoreCase)]
    private static partial Regex TrsPage();

    [GeneratedRegex(@"[?&](pageNum|pageIndex|pageNo)=\d+", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"createPageHTML\(\s*'?(?<count>\d+)'?\s*,\s*'?\d+'?\s*,\s*[""'](?<prefix>\w+)[""']\s*,\s*[""'](?<suffix>\w+)[""']")]
    private static partial Regex CreatePageHtml();
}
