using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using ReportAudit.Core.Model;

namespace ReportAudit.Core.Parsing.Readers;

/// <summary>
/// Reads an HTML page (CMS pages, Word "Save as Web Page" output) into pieces. AngleSharp parses
/// without a loader, so an upload can never make us fetch anything. Block elements become lines;
/// cells of data tables become cells with their table, row and cell index; layout tables (tables
/// whose cells hold other tables) are walked through as blocks.
/// </summary>
internal static class HtmlPieceReader
{
    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "head", "iframe", "object", "svg", "select", "button", "input", "textarea",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "header", "footer",
        "nav", "aside", "main", "blockquote", "pre", "hr", "dl", "dt", "dd", "form", "center", "address", "figure", "caption", "tr", "table",
    };

    public static List<Piece> Read(string html, int maxPieces) => Read(html, maxPieces, new PageFacts());

    /// <summary>Reads the pieces, and into <paramref name="page"/> the title, meta tags and heading lines for the metadata reader.</summary>
    public static List<Piece> Read(string html, int maxPieces, PageFacts page)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        var document = parser.ParseDocument(html);
        ReadHead(document, page);
        var walker = new Walker(maxPieces, page);
        walker.WalkChildren(document.Body ?? (INode)document.DocumentElement);
        walker.FlushLine();
        return walker.Pieces;
    }

    /// <summary>The <c>&lt;title&gt;</c> and the meta tags TRS, Hanweb and the 集约化 platforms write (ArticleTitle, PubDate).</summary>
    private static void ReadHead(IDocument document, PageFacts page)
    {
        var title = document.QuerySelector("title")?.TextContent;
        page.HeadTitle = title is null ? null : CellText.Clean(title);
        foreach (var meta in document.QuerySelectorAll("meta[name][content]"))
        {
            var name = meta.GetAttribute("name");
            var content = CellText.Clean(meta.GetAttribute("content") ?? string.Empty);
            if (content.Length == 0)
            {
                continue;
            }

            if (string.Equals(name, "ArticleTitle", StringComparison.OrdinalIgnoreCase))
            {
                page.ArticleTitle ??= content;
            }
            else if (string.Equals(name, "PubDate", StringComparison.OrdinalIgnoreCase))
            {
                page.PubDate ??= content;
            }
        }
    }

    private sealed class Walker(int maxPieces, PageFacts page)
    {
        private readonly StringBuilder _line = new();
        private int _lineNumber;
        private int _tableCount;
        private int _rowCount;

        public List<Piece> Pieces { get; } = new(512);

        public void WalkChildren(INode node)
        {
            for (var child = node.FirstChild; child is not null; child = child.NextSibling)
            {
                Walk(child);
            }
        }

        private void Walk(INode node)
        {
            switch (node)
            {
                case IText text:
                    AppendCollapsed(_line, text.Data);
                    break;
                case IHtmlTableElement table:
                    FlushLine();
                    if (IsLayoutTable(table))
                    {
                        WalkChildren(table);
                    }
                    else
                    {
                        ReadDataTable(table);
                    }

                    break;
                case IElement element when Skipped.Contains(element.LocalName):
                    break;
                case IElement element:
                    var block = Blocks.Contains(element.LocalName);
                    if (block)
                    {
                        FlushLine();
                    }

                    var firstPiece = Pieces.Count;
                    WalkChildren(element);
                    if (block)
                    {
                        FlushLine();
                        if (Pieces.Count > firstPiece && IsHeading(element))
                        {
                            page.HeadingPieces.Add(firstPiece);
                        }
                    }

                    break;
            }
        }

        public void FlushLine()
        {
            var text = CellText.Clean(_line.ToString());
            _line.Clear();
            if (text.Length > 0)
            {
                // Paragraph lines are numbered in reading order (as for Word); table cells carry table/row/cell.
                Pieces.Add(new Piece(text, false, SourceLocation.AtLine(++_lineNumber, 1)));
                CheckLimit();
            }
        }

        private void CheckLimit()
        {
            if (Pieces.Count > maxPieces)
            {
                throw new ParseFailure("input.too-many-cells", $"页面的行和单元格超过上限 {maxPieces}", $"more than {maxPieces} lines and cells");
            }
        }

        /// <summary>A heading (<c>h1</c>–<c>h3</c>) or a centred line, where a page puts the report's title.</summary>
        private static bool IsHeading(IElement element)
        {
            if (element.LocalName is "h1" or "h2" or "h3")
            {
                return true;
            }

            if (element.LocalName is not ("p" or "div" or "center"))
            {
                return false;
            }

            if (element.LocalName == "center" || string.Equals(element.GetAttribute("align"), "center", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            var style = element.GetAttribute("style");
            return style is not null && style.Contains("center", StringComparison.OrdinalIgnoreCase)
                && style.Replace(" ", string.Empty, StringComparison.Ordinal).Contains("text-align:center", StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>A table whose cells contain tables is page layout, not data.</summary>
        private static bool IsLayoutTable(IHtmlTableElement table) =>
            table.GetElementsByTagName("table").Length > 0;

        private void ReadDataTable(IHtmlTableElement table)
        {
            var tableIndex = ++_tableCount;
            var rowIndex = 0;
            foreach (var row in table.Rows)
            {
                rowIndex++;
                var rowId = ++_rowCount;
                var cellIndex = 0;
                foreach (var cell in row.Cells)
                {
                    cellIndex++;
                    Pieces.Add(new Piece(CellContent(cell), true, SourceLocation.InTable(tableIndex, rowIndex, cellIndex), rowId));
                }

                CheckLimit();
            }
        }

        /// <summary>
        /// A cell's text: block children are lines, joined like wrapped labels (结/果/纠/正 → 结果纠正);
        /// a number split over spans (2 + 0) is one number.
        /// </summary>
        private static string CellContent(IElement cell)
        {
            var lines = new List<string>();
            var current = new StringBuilder();
            Collect(cell, current, lines);
            lines.Add(current.ToString());
            var joined = CellText.Join(lines);
            return IsSpacedNumber(joined) ? joined.Replace(" ", string.Empty, StringComparison.Ordinal) : joined;
        }

        private static void Collect(INode node, StringBuilder current, List<string> lines)
        {
            for (var child = node.FirstChild; child is not null; child = child.NextSibling)
            {
                if (child is IText text)
                {
                    AppendCollapsed(current, text.Data);
                }
                else if (child is IElement element && !Skipped.Contains(element.LocalName))
                {
                    var block = Blocks.Contains(element.LocalName);
                    if (block && current.Length > 0)
                    {
                        lines.Add(current.ToString());
                        current.Clear();
                    }

                    Collect(element, current, lines);
                    if (block && current.Length > 0)
                    {
                        lines.Add(current.ToString());
                        current.Clear();
                    }
                }
            }
        }

        private static bool IsSpacedNumber(string text)
        {
            if (text.Length < 3 || !text.Contains(' ', StringComparison.Ordinal))
            {
                return false;
            }

            foreach (var c in text)
            {
                if (!char.IsAsciiDigit(c) && c is not (' ' or '.' or '+' or '-'))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>HTML whitespace rules: runs of whitespace are one space; no-break spaces stay until trimming.</summary>
        private static void AppendCollapsed(StringBuilder sb, string data)
        {
            foreach (var c in data)
            {
                if (c is ' ' or '\n' or '\r' or '\t' or '\f')
                {
                    if (sb.Length > 0 && sb[^1] != ' ')
                    {
                        sb.Append(' ');
                    }
                }
                else
                {
                    sb.Append(c);
                }
            }
        }
    }
}
