using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace ReportAudit.Core.Parsing.Readers;

/// <summary>
/// Reads a large HTML page in segments, so that only one segment's tree is held at a time: AngleSharp's tree of a whole
/// 30 MB Word page holds ≈ 220 MB. Segments are cut where <see cref="HtmlCutScanner"/> proposes (between top-level
/// blocks, or between rows of a top-level data table); each one is parsed as a document of its own, preceded by the
/// elements still open at its start (<c>&lt;div&gt;</c>s, and <c>&lt;table&gt;&lt;tbody&gt;</c> when a table goes on)
/// and followed by a marker, and its nodes are walked by one <see cref="HtmlPieceReader.Walker"/> as the whole page's
/// would be. A cut is taken only when the parsed segment shows that the parser's state there is exactly what the next
/// segment starts from: the marker lands where nothing but those elements is open (no paragraph, formatting element,
/// form or cell left open, no comment or script running on), in the same quirks mode. A cut that is not clean is passed
/// over (the segment goes on to a later one); when a page has no clean cut, or something else is not as expected (a
/// frameset, a table found to hold a table after its first part was read), the whole page is read in one parse, as a
/// small page is: the pieces are always those of the whole parse.
/// </summary>
internal static class HtmlSegments
{
    private const string EndMark = "x-report-audit-segment-end";
    private const string ProbeAttribute = "data-report-audit-probe";

    /// <summary>After a segment cut between top-level blocks: a marker element, then an empty form (created only when no form is open).</summary>
    private const string TopEnd = "<" + EndMark + "></" + EndMark + "><form " + ProbeAttribute + "></form>";

    /// <summary>After a segment cut between rows: an empty form and a row, both in the table body only when nothing else is open.</summary>
    private const string RowEnd = "<form " + ProbeAttribute + "></form><tr " + ProbeAttribute + "></tr>";

    /// <summary>Reads <paramref name="html"/> in segments of at least <paramref name="segmentChars"/> characters.</summary>
    public static List<Piece> Read(string html, int maxPieces, PageFacts page, int segmentChars) => Read(html, maxPieces, page, segmentChars, out _, out _);

    /// <summary>
    /// As <see cref="Read(string, int, PageFacts, int)"/>; <paramref name="segments"/> says how many segments were walked
    /// (1: the page was read whole), <paramref name="refused"/> where proposed cuts were found not clean and passed over.
    /// </summary>
    public static List<Piece> Read(string html, int maxPieces, PageFacts page, int segmentChars, out int segments, out IReadOnlyList<int> refused) =>
        TryRead(new DecodedText(html), maxPieces, page, segmentChars, out segments, out refused) ?? HtmlPieceReader.Read(html, maxPieces, page);

    /// <summary>
    /// Reads the page in segments; null when it must be read whole instead (it has no cut, or what a segment showed
    /// was not what its cut promised), with <paramref name="page"/> left empty.
    /// </summary>
    public static List<Piece>? TryRead(DecodedText text, int maxPieces, PageFacts page, int segmentChars, out int segments, out IReadOnlyList<int> refused)
    {
        var reader = new SegmentedRead(text, maxPieces, page, Math.Max(1, segmentChars));
        var pieces = reader.TryRead();
        refused = reader.Refused;
        segments = pieces is null ? 1 : reader.Segments;
        if (pieces is null)
        {
            page.HeadTitle = null;
            page.ArticleTitle = null;
            page.PubDate = null;
            page.HeadingPieces.Clear();
        }

        return pieces;
    }

    /// <summary>Most cuts refused in one page before it is read whole instead (each refusal parses a segment again, longer).</summary>
    private const int MaxRefusedCuts = 64;

    private readonly record struct Level(string Name, bool Block, bool Heading, int FirstPiece);

    /// <summary>A checked segment: the elements continuing those open at its start, those open at its end, and its end.</summary>
    private sealed record Segment(List<IElement> Resumed, IHtmlTableElement? ResumedTable, List<IElement> Chain, INode? EndNode, bool TableOpen);

    private sealed class SegmentedRead(DecodedText html, int maxPieces, PageFacts page, int segmentChars)
    {
        private readonly HtmlPieceReader.Walker _walker = new(maxPieces, page);

        /// <summary>The wrapper elements open at the current cut, outermost first, with what closing them needs.</summary>
        private readonly List<Level> _open = [];

        /// <summary>Whether a data table (a child of the innermost wrapper) goes on across the current cut.</summary>
        private bool _tableOpen;

        private string? _compatMode;
        private string? _title;

        /// <summary>The segments walked.</summary>
        public int Segments { get; private set; }

        /// <summary>Where proposed cuts were refused (the segment then went on to the next one).</summary>
        public List<int> Refused { get; } = [];

        /// <summary>The pieces, or null when the page has no cut or a cut was not what it seemed (then nothing of this read is used).</summary>
        public List<Piece>? TryRead()
        {
            var scanner = new HtmlCutScanner(html);
            var cut = scanner.Next(segmentChars);
            if (cut.Position < 0)
            {
                return null;
            }

            List<Piece> pieces;
            try
            {
                var start = 0;
                var refused = 0;
                while (true)
                {
                    var end = cut.Position < 0 ? html.Length : cut.Position;
                    var slice = html.Slice(start, end - start);

                    // A frameset replaces the body or not depending on all that came before it: such a page is read whole.
                    if (slice.Contains("<frameset", StringComparison.OrdinalIgnoreCase))
                    {
                        return null;
                    }

                    var source = string.Concat(start == 0 ? string.Empty : Prefix(), slice, cut.Position < 0 ? string.Empty : cut.Kind == HtmlCutScanner.Edge.Row ? RowEnd : TopEnd);
                    var document = HtmlPieceReader.Parser.ParseDocument(source);
                    if (Check(document, start == 0, cut.Position < 0 ? null : cut.Kind) is not { } segment)
                    {
                        // Not a clean cut (a paragraph or cell left open there, say): the segment goes on to the next proposed
                        // cut. The read so far stays valid: nothing of a refused segment was walked.
                        if (cut.Position < 0 || ++refused > MaxRefusedCuts)
                        {
                            return null;
                        }

                        // Half as long again: a long stretch of unclean cuts (a page wrapped in an unclosed <font>) is not parsed cut by cut.
                        Refused.Add(cut.Position);
                        cut = scanner.Next(cut.Position + Math.Max(1, (cut.Position - start) / 2));
                        continue;
                    }

                    Walk(document, segment);
                    Segments++;
                    if (cut.Position < 0)
                    {
                        break;
                    }

                    start = cut.Position;
                    html.Release(start);
                    cut = scanner.Next(start + segmentChars);
                }

                _walker.FlushLine();
                pieces = _walker.TakePieces();
            }
            catch (ParseFailure)
            {
                throw;
            }
#pragma warning disable CA1031 // Anything unexpected in the segmented read: the page is read whole instead, as a small page is.
            catch (Exception)
#pragma warning restore CA1031
            {
                return null;
            }
            finally
            {
                _walker.Release();
            }

            page.HeadTitle = _title is null ? null : CellText.Clean(_title);
            return pieces;
        }

        /// <summary>What a segment after the first is parsed behind: the quirks mode and the elements open at its start.</summary>
        private string Prefix()
        {
            var prefix = new System.Text.StringBuilder(_compatMode == "BackCompat" ? string.Empty : "<!DOCTYPE html>");
            prefix.Append("<html><head></head><body>");
            foreach (var level in _open)
            {
                prefix.Append('<').Append(level.Name).Append('>');
            }

            if (_tableOpen)
            {
                prefix.Append("<table><tbody>");
            }

            return prefix.ToString();
        }

        /// <summary>
        /// Checks that the segment's parse left the state the next segment starts from: the elements open at its start
        /// continued (nothing moved before them), and its end marker where only wrappers, or a table's body, are open.
        /// Null when the segment is not what the cut promised. Changes nothing.
        /// </summary>
        private Segment? Check(IDocument document, bool first, HtmlCutScanner.Edge? edge)
        {
            if (document.Body is not { LocalName: "body" } body || document.DocumentElement is null || (!first && document.CompatMode != _compatMode))
            {
                return null;
            }

            // The elements that continue those open at the start: the first child of each, from the body down.
            var resumed = new List<IElement>(_open.Count);
            INode container = body;
            IHtmlTableElement? resumedTable = null;
            if (!first)
            {
                foreach (var level in _open)
                {
                    if (container.FirstChild is not IElement element || element.LocalName != level.Name || !IsHtml(element))
                    {
                        return null;
                    }

                    resumed.Add(element);
                    container = element;
                }

                if (_tableOpen)
                {
                    // Content the parser moved out of the table (foster parenting) would stand before it: not allowed.
                    if (container.FirstChild is not IHtmlTableElement table || !IsBodyRowsOnly(table) || HtmlPieceReader.Walker.IsLayoutTable(table))
                    {
                        return null;
                    }

                    resumedTable = table;
                }
            }

            // Where the segment's end marker is, and the elements open around it (the last child of each, from the body down).
            var chain = new List<IElement>();
            INode? endNode = null;
            var tableOpen = false;
            if (edge is { } kind)
            {
                INode node = body;
                while (endNode is null)
                {
                    if (kind == HtmlCutScanner.Edge.Top && IsTopEnd(node.LastChild))
                    {
                        endNode = node.LastChild!.PreviousSibling;
                    }
                    else if (kind == HtmlCutScanner.Edge.Row && node.LastChild is IHtmlTableElement table && IsRowEnd(table))
                    {
                        if (HtmlPieceReader.Walker.IsLayoutTable(table) || (table != resumedTable && HasFooter(table)) || (table == resumedTable && !IsBodyRowsOnly(table)))
                        {
                            return null;
                        }

                        endNode = table;
                        tableOpen = true;
                    }
                    else if (node.LastChild is IElement element && IsHtml(element) && HtmlCutScanner.IsWrapper(element.LocalName))
                    {
                        chain.Add(element);
                        node = element;
                    }
                    else
                    {
                        return null;
                    }
                }
            }

            return new Segment(resumed, resumedTable, chain, endNode, tableOpen);
        }

        /// <summary>Walks a checked segment's nodes: those of elements open at its start as their continuation, those closed in it, those opened in it and left open.</summary>
        private void Walk(IDocument document, Segment segment)
        {
            _compatMode ??= document.CompatMode;
            HtmlPieceReader.ReadHeadElements(document.DocumentElement, page, ref _title);
            var reachedEnd = WalkContainer(document.Body!, 0, segment);
            if (reachedEnd != (segment.EndNode is not null) || _open.Count != segment.Chain.Count)
            {
                throw new InvalidOperationException("the segment's walk did not end where its check found the end");
            }

            _tableOpen = segment.TableOpen;
        }

        /// <summary>
        /// Walks the children of <paramref name="container"/> (the body, or a wrapper at <paramref name="depth"/> − 1 below
        /// it); true when the segment's end was reached inside it, which leaves it open.
        /// </summary>
        private bool WalkContainer(INode container, int depth, Segment segment)
        {
            var (resumed, resumedTable, chain, endNode, _) = segment;
            for (var child = container.FirstChild; child is not null; child = child.NextSibling)
            {
                if (child == endNode)
                {
                    if (child is IHtmlTableElement table)
                    {
                        if (table != resumedTable)
                        {
                            _walker.FlushLine();
                            _walker.BeginTable();
                        }

                        AddRows(table);
                    }

                    return true;
                }

                if (depth < resumed.Count && child == resumed[depth])
                {
                    if (WalkContainer(child, depth + 1, segment))
                    {
                        return true;
                    }

                    var level = _open[depth];
                    _open.RemoveAt(depth);
                    _walker.Close(level.Block, level.Heading, level.FirstPiece);
                    continue;
                }

                if (child == resumedTable)
                {
                    AddRows(resumedTable);
                    _walker.EndTable();
                    continue;
                }

                if (depth < chain.Count && child == chain[depth])
                {
                    var element = chain[depth];
                    if (_open.Count != depth)
                    {
                        throw new InvalidOperationException("a wrapper opened below one still open from the segment before");
                    }

                    var block = HtmlPieceReader.IsBlock(element.LocalName);
                    _open.Add(new Level(element.LocalName, block, HtmlPieceReader.Walker.IsHeading(element), _walker.Open(block)));
                    return WalkContainer(element, depth + 1, segment);
                }

                _walker.Walk(child);
            }

            return false;
        }

        /// <summary>The rows of a table read in this segment, in the order <see cref="IHtmlTableElement.Rows"/> gives them, without the end probe.</summary>
        private void AddRows(IHtmlTableElement table)
        {
            foreach (var row in table.Rows)
            {
                if (!row.HasAttribute(ProbeAttribute))
                {
                    _walker.AddRow(row);
                }
            }
        }

        /// <summary>The marker and the probe form after it, as the last children of a wrapper: nothing else was open at the cut.</summary>
        private static bool IsTopEnd(INode? last) =>
            last is IElement { LocalName: "form" } form && IsHtml(form) && form.HasAttribute(ProbeAttribute)
            && last.PreviousSibling is IElement { LocalName: EndMark } mark && IsHtml(mark);

        /// <summary>The probe form and row as the last children of the table's last body: only the table body was open at the cut.</summary>
        private static bool IsRowEnd(IHtmlTableElement table) =>
            table.LastChild is IElement { LocalName: "tbody" } tbody && IsHtml(tbody)
            && tbody.LastChild is IHtmlTableRowElement row && row.HasAttribute(ProbeAttribute)
            && row.PreviousSibling is IElement { LocalName: "form" } form && form.HasAttribute(ProbeAttribute);

        /// <summary>
        /// A table continued from an earlier segment holds only body rows: its rows then come in tree order, as in the
        /// whole table (<see cref="IHtmlTableElement.Rows"/> puts header rows first and footer rows last).
        /// </summary>
        private static bool IsBodyRowsOnly(IHtmlTableElement table)
        {
            for (var child = table.FirstElementChild; child is not null; child = child.NextElementSibling)
            {
                if (child.LocalName != "tbody")
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>A footer in the first part of a cut table: its rows would come after the later parts' in the whole table.</summary>
        private static bool HasFooter(IHtmlTableElement table)
        {
            for (var child = table.FirstElementChild; child is not null; child = child.NextElementSibling)
            {
                if (child.LocalName == "tfoot")
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsHtml(IElement element) => element.NamespaceUri == NamespaceNames.HtmlUri;
    }
}
