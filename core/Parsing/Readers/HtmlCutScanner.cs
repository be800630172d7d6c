namespace ReportAudit.Core.Parsing.Readers;

/// <summary>
/// Proposes where a large HTML page may be cut into segments (<see cref="HtmlSegments"/>): before a start tag at the
/// top level of the body (inside nothing but the page's wrapper <c>div</c>s), or before a <c>&lt;tr&gt;</c> of a
/// top-level table without tables inside it. It reads tags the way the HTML tokenizer does (comments, raw text,
/// quoted attributes) and keeps a rough stack of open elements, with no tree and no strings but tag names. It only
/// proposes: whether the parser's state at a proposed cut really is that simple is checked on the parsed segment.
/// </summary>
internal sealed class HtmlCutScanner(DecodedText html)
{
    /// <summary>A position past any text: what runs to the end of the page (an unclosed comment, say) ends there.</summary>
    private const int End = int.MaxValue / 2;

    /// <summary>How far a table start looks for a table inside it before its end (a data table of 20 MB is not decoded ahead to tell).</summary>
    private const int TableLookahead = 1_000_000;

    /// <summary>Where a segment ends: between top-level blocks, or between rows of a top-level table.</summary>
    public enum Edge
    {
        Top,
        Row,
    }

    private readonly List<string> _open = [];
    private int _at;
    private bool _inBody;
    private bool _ended;

    /// <summary>The index in <see cref="_open"/> of the top-level table whose rows may be cut between, or -1.</summary>
    private int _table = -1;

    /// <summary>Whether that table has a row yet: before its first, the parser has no table body to go on in.</summary>
    private bool _tableHasRow;

    /// <summary>Elements that wrap a whole page (Word's <c>WordSection1</c>, a CMS's content <c>div</c>): a segment may be cut inside them.</summary>
    public static bool IsWrapper(string localName) => localName is
        "div" or "section" or "article" or "aside" or "header" or "footer" or "nav" or "main" or "center" or "blockquote" or "address" or "figure";

    private static bool IsVoid(string name) => name is
        "area" or "base" or "br" or "col" or "embed" or "hr" or "img" or "input" or "link" or "meta" or "param" or "source" or "track" or "wbr"
        or "keygen" or "basefont" or "bgsound" or "frame" or "image";

    private static bool IsRawText(string name) => name is "script" or "style" or "xmp" or "iframe" or "noembed" or "noframes" or "textarea" or "title";

    /// <summary>Start tags that close an open paragraph.</summary>
    private static bool ClosesParagraph(string name) => name is
        "p" or "div" or "ul" or "ol" or "dl" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "blockquote" or "section" or "article" or "aside"
        or "header" or "footer" or "nav" or "main" or "center" or "address" or "figure" or "pre" or "table" or "hr" or "form" or "fieldset" or "menu";

    /// <summary>The first proposed cut at or after <paramref name="minimum"/>, or -1 when there is none before the end.</summary>
    public (int Position, Edge Kind) Next(int minimum)
    {
        while (!_ended)
        {
            var lt = html.IndexOf('<', _at);
            if (lt < 0 || !html.Has(lt + 1))
            {
                break;
            }

            var c = html[lt + 1];
            if (char.IsAsciiLetter(c))
            {
                var nameEnd = NameEnd(lt + 1);
                var name = Name(lt + 1, nameEnd);
                if (lt >= minimum && _inBody && IsCut(name, out var kind))
                {
                    _at = lt;
                    return (lt, kind);
                }

                _at = TagEnd(nameEnd);
                StartTag(name);
            }
            else if (c == '/')
            {
                if (html.Has(lt + 2) && char.IsAsciiLetter(html[lt + 2]))
                {
                    var nameEnd = NameEnd(lt + 2);
                    var name = Name(lt + 2, nameEnd);
                    _at = TagEnd(nameEnd);
                    EndTag(name);
                }
                else if (html.Has(lt + 2) && html[lt + 2] == '>')
                {
                    _at = lt + 3;
                }
                else
                {
                    _at = After('>', lt + 2);
                }
            }
            else if (c == '!')
            {
                _at = html.StartsWith(lt, "<!--", StringComparison.Ordinal) ? CommentEnd(lt + 4) : After('>', lt + 2);
            }
            else if (c == '?')
            {
                _at = After('>', lt + 2);
            }
            else
            {
                _at = lt + 1;
            }
        }

        _ended = true;
        return (-1, Edge.Top);
    }

    private bool IsCut(string name, out Edge kind)
    {
        kind = Edge.Top;
        var top = _table >= 0 ? _table : _open.Count;
        for (var i = 0; i < top; i++)
        {
            if (!IsWrapper(_open[i]))
            {
                return false;
            }
        }

        if (_table < 0)
        {
            return true;
        }

        kind = Edge.Row;
        if (name != "tr" || !_tableHasRow)
        {
            return false;
        }

        for (var i = _table + 1; i < _open.Count; i++)
        {
            if (_open[i] != "tbody")
            {
                return false;
            }
        }

        return true;
    }

    private void StartTag(string name)
    {
        switch (name)
        {
            case "body":
                _inBody = true;
                return;
            case "html" or "head":
                return;
            case "plaintext":
                _ended = true;
                return;
            case "tr":
                PushInTable(name, LastIndexOfAny("table", "tbody", "thead", "tfoot"));
                _tableHasRow |= _table >= 0;
                return;
            case "td" or "th":
                PushInTable(name, LastIndexOfAny("tr", "tr", "tr", "tr"));
                return;
            case "tbody" or "thead" or "tfoot":
                PushInTable(name, LastIndexOfAny("table", "table", "table", "table"));
                return;
        }

        if (IsVoid(name))
        {
            return;
        }

        if (IsRawText(name))
        {
            _at = RawTextEnd(name, _at);
            return;
        }

        if (_open.Count > 0 && _open[^1] == "p" && ClosesParagraph(name))
        {
            _open.RemoveAt(_open.Count - 1);
        }
        else if (_open.Count > 0 && name is "li" or "dd" or "dt" && _open[^1] == name)
        {
            _open.RemoveAt(_open.Count - 1);
        }

        if (name == "table")
        {
            var clean = true;
            for (var i = 0; i < _open.Count && clean; i++)
            {
                clean = IsWrapper(_open[i]);
            }

            if (clean && _table < 0 && !HasTableBeforeItsEnd(_at))
            {
                _table = _open.Count;
                _tableHasRow = false;
            }
        }

        _open.Add(name);
    }

    /// <summary>A table part: what is open above its container is closed; outside a table the parser drops it.</summary>
    private void PushInTable(string name, int container)
    {
        if (container < 0)
        {
            return;
        }

        Truncate(container + 1);
        _open.Add(name);
    }

    private void EndTag(string name)
    {
        if (name is "body" or "html")
        {
            _ended = true;
            return;
        }

        var at = _open.LastIndexOf(name);
        if (at >= 0)
        {
            Truncate(at);
        }
    }

    private void Truncate(int count)
    {
        if (count < _open.Count)
        {
            _open.RemoveRange(count, _open.Count - count);
        }

        if (_table >= _open.Count)
        {
            _table = -1;
        }
    }

    private int LastIndexOfAny(string a, string b, string c, string d)
    {
        for (var i = _open.Count - 1; i >= 0; i--)
        {
            if (_open[i] == a || _open[i] == b || _open[i] == c || _open[i] == d)
            {
                return i;
            }

            if (_open[i] == "table")
            {
                // Parts of an outer table are not looked for through an inner one.
                return -1;
            }
        }

        return -1;
    }

    /// <summary>Whether a <c>&lt;table</c> comes before the first <c>&lt;/table</c> after <paramref name="from"/> (a table in a cell: page layout, never cut).</summary>
    private bool HasTableBeforeItsEnd(int from)
    {
        while (true)
        {
            // Not found within the lookahead: taken as none (a cut proposed in vain is refused when its segment is parsed).
            var at = html.IndexOf("table", from, StringComparison.OrdinalIgnoreCase, TableLookahead);
            if (at < 1)
            {
                return false;
            }

            if (html[at - 1] == '<')
            {
                return true;
            }

            if (html[at - 1] == '/' && at >= 2 && html[at - 2] == '<')
            {
                return false;
            }

            from = at + 5;
        }
    }

    private int NameEnd(int from)
    {
        var i = from;
        while (html.Has(i) && html[i] is not (' ' or '\t' or '\n' or '\r' or '\f' or '/' or '>'))
        {
            i++;
        }

        return i;
    }

    /// <summary>The tag name in lower case; the common names without allocating.</summary>
    private string Name(int from, int end)
    {
        var span = html.Slice(from, end - from);
        Span<char> lower = stackalloc char[12];
        if (span.Length > lower.Length)
        {
            return span.ToString().ToLowerInvariant();
        }

        var n = span.ToLowerInvariant(lower);
        return lower[..n] switch
        {
            "p" => "p",
            "span" => "span",
            "o:p" => "o:p",
            "td" => "td",
            "tr" => "tr",
            "div" => "div",
            "table" => "table",
            "tbody" => "tbody",
            "b" => "b",
            "br" => "br",
            "font" => "font",
            "a" => "a",
            "img" => "img",
            "strong" => "strong",
            "body" => "body",
            "html" => "html",
            "head" => "head",
            var other => other.ToString(),
        };
    }

    /// <summary>After the <c>&gt;</c> that ends a tag whose name ends at <paramref name="from"/>, reading quoted attribute values as the tokenizer does.</summary>
    private int TagEnd(int from)
    {
        var i = from;
        while (html.Has(i))
        {
            var c = html[i];
            if (c == '>')
            {
                return i + 1;
            }

            if (c is ' ' or '\t' or '\n' or '\r' or '\f' or '/')
            {
                i++;
                continue;
            }

            // An attribute name (its first character may be '='), then perhaps a value.
            i++;
            while (html.Has(i) && html[i] is not (' ' or '\t' or '\n' or '\r' or '\f' or '/' or '>' or '='))
            {
                i++;
            }

            while (html.Has(i) && html[i] is ' ' or '\t' or '\n' or '\r' or '\f')
            {
                i++;
            }

            if (!html.Has(i) || html[i] != '=')
            {
                continue;
            }

            i++;
            while (html.Has(i) && html[i] is ' ' or '\t' or '\n' or '\r' or '\f')
            {
                i++;
            }

            if (html.Has(i) && html[i] is '"' or '\'')
            {
                var close = html.IndexOf(html[i], i + 1);
                i = close < 0 ? End : close + 1;
            }
            else
            {
                while (html.Has(i) && html[i] is not (' ' or '\t' or '\n' or '\r' or '\f' or '>'))
                {
                    i++;
                }
            }
        }

        return End;
    }

    private int After(char c, int from)
    {
        var at = html.IndexOf(c, from);
        return at < 0 ? End : at + 1;
    }

    /// <summary>After a comment whose <c>&lt;!--</c> ends at <paramref name="from"/> (<c>&lt;!--&gt;</c> and <c>&lt;!---&gt;</c> are empty comments).</summary>
    private int CommentEnd(int from)
    {
        if (html.Has(from) && html[from] == '>')
        {
            return from + 1;
        }

        if (html.Has(from + 1) && html[from] == '-' && html[from + 1] == '>')
        {
            return from + 2;
        }

        var end = html.IndexOf("-->", from, StringComparison.Ordinal);
        var bang = html.IndexOf("--!>", from, StringComparison.Ordinal, end < 0 ? int.MaxValue : end - from + 4);
        if (bang >= 0 && (end < 0 || bang < end))
        {
            return bang + 4;
        }

        return end < 0 ? End : end + 3;
    }

    /// <summary>Where the end tag of a raw-text element (script, style, textarea, title) begins, or the end of the page.</summary>
    private int RawTextEnd(string name, int from)
    {
        while (true)
        {
            var at = html.IndexOf("</", from, StringComparison.Ordinal);
            if (at < 0)
            {
                return End;
            }

            var end = at + 2 + name.Length;
            if (html.StartsWith(at + 2, name, StringComparison.OrdinalIgnoreCase)
                && (!html.Has(end) || html[end] is ' ' or '\t' or '\n' or '\r' or '\f' or '/' or '>'))
            {
                return at;
            }

            from = at + 2;
        }
    }
}
