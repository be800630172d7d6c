using System.Buffers;
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
    /// <summary>Elements whose content is not text of the page.</summary>
    private static bool IsSkipped(string localName) => localName is
        "script" or "style" or "noscript" or "template" or "head" or "iframe" or "object" or "svg" or "select" or "button" or "input" or "textarea";

    /// <summary>Elements that start and end a line.</summary>
    internal static bool IsBlock(string localName) => localName is
        "p" or "div" or "br" or "li" or "ul" or "ol" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "section" or "article" or "header" or "footer"
        or "nav" or "aside" or "main" or "blockquote" or "pre" or "hr" or "dl" or "dt" or "dd" or "form" or "center" or "address" or "figure" or "caption" or "tr" or "table";

    /// <summary>The whitespace HTML collapses (not the no-break or ideographic space, which stay until trimming).</summary>
    private static readonly SearchValues<char> HtmlWhitespace = SearchValues.Create(" \n\r\t\f");

    public static List<Piece> Read(string html, int maxPieces) => Read(html, maxPieces, new PageFacts());

    /// <summary>Reads the pieces, and into <paramref name="page"/> the title, meta tags and heading lines for the metadata reader.</summary>
    public static List<Piece> Read(string html, int maxPieces, PageFacts page)
    {
        var document = Parser.ParseDocument(html);
        ReadHead(document, page);
        var walker = new Walker(maxPieces, page);
        try
        {
            walker.WalkChildren(document.Body ?? (INode)document.DocumentElement);
            walker.FlushLine();
            return walker.TakePieces();
        }
        finally
        {
            walker.Release();
        }
    }

    /// <summary>
    /// One parser per thread: a parser builds its configuration and services when it is made (about 20 KB a page when
    /// made per parse); it keeps no reference to the documents it parsed, and one thread parses one page at a time.
    /// </summary>
    [ThreadStatic]
    private static HtmlParser? _threadParser;

    /// <summary>This thread's parser, with the options every HTML read uses (a page read in segments parses them with it too).</summary>
    internal static HtmlParser Parser => _threadParser ??= new HtmlParser(new HtmlParserOptions { IsScripting = false });

    /// <summary>
    /// The <c>&lt;title&gt;</c> and the meta tags TRS, Hanweb and the 集约化 platforms write (ArticleTitle, PubDate): the first
    /// title element and every meta element with a name and a content, in document order, found in one walk of the tree
    /// (no selector to parse and match for each page).
    /// </summary>
    private static void ReadHead(IDocument document, PageFacts page)
    {
        string? title = null;
        if (document.DocumentElement is { } root)
        {
            ReadHeadElements(root, page, ref title);
        }

        page.HeadTitle = title is null ? null : CellText.Clean(title);
    }

    internal static void ReadHeadElements(IElement element, PageFacts page, ref string? title)
    {
        if (element.LocalName == "title")
        {
            title ??= element.TextContent;
        }
        else if (element.LocalName == "meta")
        {
            ReadMeta(element, page);
        }

        // Children by index: AngleSharp finds a node's next sibling by searching its parent's list.
        var children = element.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            if (children[i] is IElement child)
            {
                ReadHeadElements(child, page, ref title);
            }
        }
    }

    private static void ReadMeta(IElement meta, PageFacts page)
    {
        var name = meta.GetAttribute("name");
        var rawContent = meta.GetAttribute("content");
        if (name is null || rawContent is null)
        {
            return;
        }

        var content = CellText.Clean(rawContent);
        if (content.Length == 0)
        {
            return;
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

    /// <summary>Spans beyond this are page-builder noise (rowspan="1000"), not table structure.</summary>
    private const int MaxSpan = 64;

    /// <summary>Rowspans are followed in this many grid columns; the report's tables have at most 15.</summary>
    private const int MaxTrackedColumns = 512;

    private enum GridCellKind
    {
        Text,

        /// <summary>Empty, or a blank mark (—, /, 无).</summary>
        Blank,
        Number,
    }

    private readonly record struct GridCell(string Text, GridCellKind Kind, int RowIndex, int CellIndex, int Column, int ColSpan, int RowId);

    /// <summary>Walks the tree into pieces; <see cref="HtmlSegments"/> drives one across the segments of a large page.</summary>
    internal sealed class Walker(int maxPieces, PageFacts page)
    {
        /// <summary>See <see cref="LabelColumnsEnd"/>.</summary>
        private const int NoNumbers = int.MinValue;

        /// <summary>The paragraph line being read, and the current line and joined text of the cell being read (pooled).</summary>
        private readonly CharBuffer _line = new();
        private readonly CharBuffer _cellLine = new();
        private readonly CharBuffer _cellText = new();
        private int _lineNumber;
        private int _tableCount;
        private int _rowCount;

        /// <summary>The index of the data table being read, and how many of its rows were read.</summary>
        private int _tableIndex;
        private int _rowIndex;

        /// <summary>The grid width and label columns of the data table read last (see <see cref="GridWidth"/>).</summary>
        private int _previousWidth;
        private int _previousLabelEnd = NoNumbers;

        /// <summary>The cells of the table being read; its array comes from a pool and goes back after each table.</summary>
        private readonly PooledList<GridCell> _cells = new(256);

        /// <summary>Per grid column, the last row a rowspan from above covers (pooled like <see cref="_cells"/>).</summary>
        private readonly PooledList<int> _spanUntil = new(32);

        /// <summary>The pieces read so far, in a pooled buffer; <see cref="TakePieces"/> copies them into a list of their number.</summary>
        private readonly PooledList<Piece> _pieces = new(512);

        /// <summary>The pieces as a list of exactly their number (a page's count is not known before the walk).</summary>
        public List<Piece> TakePieces()
        {
            var pieces = new List<Piece>(_pieces.Count);
            pieces.AddRange(_pieces.AsSpan());
            return pieces;
        }

        /// <summary>Gives the pooled buffers back.</summary>
        public void Release()
        {
            _pieces.Release();
            _line.Release();
            _cellLine.Release();
            _cellText.Release();
            _cells.Release();
            _spanUntil.Release();
        }

        public void WalkChildren(INode node)
        {
            // Children by index: AngleSharp finds a node's next sibling by searching its parent's list.
            var children = node.ChildNodes;
            for (var i = 0; i < children.Length; i++)
            {
                Walk(children[i]);
            }
        }

        public void Walk(INode node)
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
                case IElement element when IsSkipped(element.LocalName):
                    break;
                case IElement element:
                    var block = IsBlock(element.LocalName);
                    if (block)
                    {
                        FlushLine();
                    }

                    var firstPiece = _pieces.Count;
                    WalkChildren(element);
                    if (block)
                    {
                        FlushLine();
                        if (_pieces.Count > firstPiece && IsHeading(element))
                        {
                            page.HeadingPieces.Add(firstPiece);
                        }
                    }

                    break;
            }
        }

        /// <summary>Starts an element that stays open across segments (as <see cref="Walk"/> does before its children); returns where its pieces begin.</summary>
        public int Open(bool block)
        {
            if (block)
            {
                FlushLine();
            }

            return _pieces.Count;
        }

        /// <summary>Ends an element begun with <see cref="Open"/> (as <see cref="Walk"/> does after its children).</summary>
        public void Close(bool block, bool heading, int firstPiece)
        {
            if (block)
            {
                FlushLine();
                if (_pieces.Count > firstPiece && heading)
                {
                    page.HeadingPieces.Add(firstPiece);
                }
            }
        }

        public void FlushLine()
        {
            var text = CellText.Clean(_line.Span);
            _line.Clear();
            if (text.Length > 0)
            {
                // Paragraph lines are numbered in reading order (as for Word); table cells carry table/row/cell.
                _pieces.Add(new Piece(text, false, SourceLocation.AtLine(++_lineNumber, 1)));
                CheckLimit();
            }
        }

        private void CheckLimit()
        {
            if (_pieces.Count > maxPieces)
            {
                throw new ParseFailure("input.too-many-cells", $"页面的行和单元格超过上限 {maxPieces}", $"more than {maxPieces} lines and cells");
            }
        }

        /// <summary>A heading (<c>h1</c>–<c>h3</c>) or a centred line, where a page puts the report's title.</summary>
        public static bool IsHeading(IElement element)
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
        public static bool IsLayoutTable(IHtmlTableElement table) => ContainsTable(table);

        private static bool ContainsTable(INode node)
        {
            var children = node.ChildNodes;
            for (var i = 0; i < children.Length; i++)
            {
                if (children[i] is IElement element && (element.LocalName == "table" || ContainsTable(element)))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Reads a data table in two passes. First every cell is placed on the table's grid (colspan, and rowspans
        /// from rows above), then cells are emitted, leaving out the fillers a page builder put where a rowspan or
        /// colspan would have gone: empty or placeholder cells (&amp;nbsp;, —, /) in the label columns of data rows,
        /// and in header rows. Without this, a label followed by two empty grid cells reads as a row with two blank
        /// values too many, and a header placeholder (—) as a blank value.
        /// </summary>
        private void ReadDataTable(IHtmlTableElement table)
        {
            BeginTable();

            // The rows in the order of the table's rows collection (thead rows, then those of the tbody elements and the
            // table itself, then tfoot rows), read from the children by index instead of through AngleSharp's lazily
            // built collections and their enumerators.
            var children = table.ChildNodes;
            for (var i = 0; i < children.Length; i++)
            {
                if (children[i] is IHtmlTableSectionElement { LocalName: "thead" } head)
                {
                    AddSectionRows(head);
                }
            }

            for (var i = 0; i < children.Length; i++)
            {
                if (children[i] is IHtmlTableRowElement row)
                {
                    AddRow(row);
                }
                else if (children[i] is IHtmlTableSectionElement { LocalName: "tbody" } body)
                {
                    AddSectionRows(body);
                }
            }

            for (var i = 0; i < children.Length; i++)
            {
                if (children[i] is IHtmlTableSectionElement { LocalName: "tfoot" } foot)
                {
                    AddSectionRows(foot);
                }
            }

            EndTable();
        }

        /// <summary>Starts a data table; its rows follow one by one (<see cref="AddRow"/>), then <see cref="EndTable"/> emits its cells.</summary>
        public void BeginTable()
        {
            _tableIndex = ++_tableCount;
            _rowIndex = 0;
            _cells.Clear();
            _spanUntil.Clear();
        }

        private void AddSectionRows(IHtmlTableSectionElement section)
        {
            var children = section.ChildNodes;
            for (var i = 0; i < children.Length; i++)
            {
                if (children[i] is IHtmlTableRowElement row)
                {
                    AddRow(row);
                }
            }
        }

        /// <summary>Places one row's cells on the grid of the table begun last.</summary>
        public void AddRow(IHtmlTableRowElement row)
        {
            var rowIndex = ++_rowIndex;
            var rowId = ++_rowCount;
            var cellIndex = 0;
            var column = 0;
            var cells = row.ChildNodes;
            for (var i = 0; i < cells.Length; i++)
            {
                if (cells[i] is not IHtmlTableCellElement cell)
                {
                    continue;
                }

                cellIndex++;
                column = FreeColumn(column, rowIndex);
                var colSpan = Math.Clamp(cell.ColumnSpan, 1, MaxSpan);
                var rowSpan = Math.Clamp(cell.RowSpan, 1, MaxSpan);
                var text = CellContent(cell);
                _cells.Add(new GridCell(text, CellKindOf(text), rowIndex, cellIndex, column, colSpan, rowId));
                for (var c = column; c < column + colSpan; c++)
                {
                    Occupy(c, rowIndex + rowSpan - 1);
                }

                column += colSpan;
            }

            if (_cells.Count > maxPieces)
            {
                throw new ParseFailure("input.too-many-cells", $"页面的行和单元格超过上限 {maxPieces}", $"more than {maxPieces} lines and cells");
            }
        }

        /// <summary>Emits the cells of the table begun last, without the fillers (see <see cref="ReadDataTable"/>).</summary>
        public void EndTable()
        {
            var tableIndex = _tableIndex;
            var labelEnd = LabelColumnsEnd();
            var width = GridWidth();
            if (labelEnd != NoNumbers && width == _previousWidth && _previousLabelEnd != NoNumbers)
            {
                // A table the CMS cut in two: the part after the cut may hold only rows whose labels end short of
                // the label columns (总计, 结转下年度), so it borrows them from the part before, of the same width.
                labelEnd = Math.Max(labelEnd, _previousLabelEnd);
            }

            _previousWidth = width;
            _previousLabelEnd = labelEnd;
            var filter = labelEnd != NoNumbers;
            var start = 0;
            while (start < _cells.Count)
            {
                var end = start;
                var isHeader = false;
                var hasNumber = false;
                for (; end < _cells.Count && _cells[end].RowIndex == _cells[start].RowIndex; end++)
                {
                    hasNumber |= _cells[end].Kind == GridCellKind.Number;
                    isHeader |= _cells[end].Kind == GridCellKind.Text && _cells[end].Column > labelEnd;
                }

                isHeader &= !hasNumber;
                for (var i = start; i < end; i++)
                {
                    var cell = _cells[i];
                    var filler = filter && cell.Kind == GridCellKind.Blank && (isHeader || cell.Column + cell.ColSpan - 1 <= labelEnd);
                    if (!filler)
                    {
                        _pieces.Add(new Piece(cell.Text, true, SourceLocation.InTable(tableIndex, cell.RowIndex, cell.CellIndex), cell.RowId));
                    }
                }

                CheckLimit();
                start = end;
            }

            _cells.Release();
            _spanUntil.Release();
        }

        /// <summary>
        /// The last grid column that holds row labels: the furthest a label reaches, over the rows with numbers (text
        /// cells left of the row's first number) and the rows of labels alone (all blank values: every text cell ends
        /// before the table's first value column; a header row reaches into the value columns). -1 when the numbers
        /// have no labels beside them (section 四); <see cref="NoNumbers"/> when the table holds no number (all
        /// blank, or not a statistics table): then which cells are fillers cannot be told, and every cell is kept.
        /// </summary>
        private int LabelColumnsEnd()
        {
            var firstValueColumn = int.MaxValue;
            for (var i = 0; i < _cells.Count; i++)
            {
                if (_cells[i].Kind == GridCellKind.Number)
                {
                    firstValueColumn = Math.Min(firstValueColumn, _cells[i].Column);
                }
            }

            if (firstValueColumn == int.MaxValue)
            {
                return NoNumbers;
            }

            var end = -1;
            var rowStart = 0;
            while (rowStart < _cells.Count)
            {
                var rowEnd = rowStart;
                var firstNumber = -1;
                var textEnd = -1;
                for (; rowEnd < _cells.Count && _cells[rowEnd].RowIndex == _cells[rowStart].RowIndex; rowEnd++)
                {
                    var cell = _cells[rowEnd];
                    if (firstNumber < 0 && cell.Kind == GridCellKind.Number)
                    {
                        firstNumber = rowEnd;
                    }
                    else if (firstNumber < 0 && cell.Kind == GridCellKind.Text)
                    {
                        textEnd = Math.Max(textEnd, cell.Column + cell.ColSpan - 1);
                    }
                }

                if (firstNumber >= 0 || textEnd < firstValueColumn)
                {
                    end = Math.Max(end, textEnd);
                }

                rowStart = rowEnd;
            }

            return end;
        }

        /// <summary>The number of grid columns of the table being read.</summary>
        private int GridWidth()
        {
            var width = 0;
            for (var i = 0; i < _cells.Count; i++)
            {
                width = Math.Max(width, _cells[i].Column + _cells[i].ColSpan);
            }

            return width;
        }

        /// <summary>The first column at or after <paramref name="column"/> not covered by a rowspan from a row above.</summary>
        private int FreeColumn(int column, int rowIndex)
        {
            while (column < _spanUntil.Count && _spanUntil[column] >= rowIndex)
            {
                column++;
            }

            return column;
        }

        private void Occupy(int column, int lastRow)
        {
            if (column >= MaxTrackedColumns)
            {
                // A hostile grid (thousands of colspans in a row) must not grow the span buffer without bound.
                return;
            }

            while (_spanUntil.Count <= column)
            {
                _spanUntil.Add(0);
            }

            _spanUntil.Set(column, Math.Max(_spanUntil[column], lastRow));
        }

        private static GridCellKind CellKindOf(string text)
        {
            if (!CellValueParser.IsValueLike(text))
            {
                return GridCellKind.Text;
            }

            foreach (var c in text)
            {
                if (char.IsAsciiDigit(c) || c is >= '０' and <= '９')
                {
                    return GridCellKind.Number;
                }
            }

            return GridCellKind.Blank;
        }

        /// <summary>
        /// A cell's text: block children are lines, joined like wrapped labels (结/果/纠/正 → 结果纠正);
        /// a number split over spans (2 + 0) is one number. Built in the pooled buffers: one string per cell.
        /// </summary>
        private string CellContent(IElement cell)
        {
            _cellLine.Clear();
            _cellText.Clear();
            Collect(cell);
            CellText.AppendJoined(_cellText, _cellLine.Span);
            var joined = _cellText.Span;
            if (joined.IsEmpty)
            {
                return string.Empty;
            }

            if (!IsSpacedNumber(joined))
            {
                return CellText.Shared(joined);
            }

            Span<char> digits = joined.Length <= 128 ? stackalloc char[joined.Length] : new char[joined.Length];
            var n = 0;
            foreach (var c in joined)
            {
                if (c != ' ')
                {
                    digits[n++] = c;
                }
            }

            return CellText.Shared(digits[..n]);
        }

        private void Collect(INode node)
        {
            var children = node.ChildNodes;
            for (var i = 0; i < children.Length; i++)
            {
                var child = children[i];
                if (child is IText text)
                {
                    AppendCollapsed(_cellLine, text.Data);
                }
                else if (child is IElement element && !IsSkipped(element.LocalName))
                {
                    var block = IsBlock(element.LocalName);
                    if (block && _cellLine.Length > 0)
                    {
                        CellText.AppendJoined(_cellText, _cellLine.Span);
                        _cellLine.Clear();
                    }

                    Collect(element);
                    if (block && _cellLine.Length > 0)
                    {
                        CellText.AppendJoined(_cellText, _cellLine.Span);
                        _cellLine.Clear();
                    }
                }
            }
        }

        private static bool IsSpacedNumber(ReadOnlySpan<char> text)
        {
            if (text.Length < 3 || !text.Contains(' '))
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
        private static void AppendCollapsed(CharBuffer buffer, string data)
        {
            var rest = data.AsSpan();
            while (!rest.IsEmpty)
            {
                var space = rest.IndexOfAny(HtmlWhitespace);
                if (space < 0)
                {
                    buffer.Append(rest);
                    return;
                }

                buffer.Append(rest[..space]);
                if (buffer.Length > 0 && buffer.Last != ' ')
                {
                    buffer.Append(' ');
                }

                rest = rest[(space + 1)..];
            }
        }
    }
}
