using ReportAudit.Core.Model;
using ReportAudit.Core.Parsing.Normalization;

namespace ReportAudit.Core.Parsing;

/// <summary>The pieces of one report with their label keys computed once, and the notices gathered so far.</summary>
internal sealed class ParseContext
{
    private readonly string?[] _keys;
    /// <summary>Made on first use: only a template row that keeps its ordinal (3.其他) asks for these keys.</summary>
    private string?[]? _ordinalKeys;
    private readonly string?[] _normalized;

    /// <summary>Per piece: 0 not yet known, 1 a value (or blank mark), 2 text; the table readers ask many times.</summary>
    private readonly byte[] _valueLike;

    public ParseContext(List<Piece> pieces)
    {
        Pieces = pieces;
        _keys = new string?[pieces.Count];
        _normalized = new string?[pieces.Count];
        _valueLike = new byte[pieces.Count];
    }

    public List<Piece> Pieces { get; }

    /// <summary>What a web page says about itself outside the text (title, meta tags, headings).</summary>
    public PageFacts Page { get; init; } = new();

    /// <summary>What the host knows about the upload (the uploader's body, when it was received).</summary>
    public ParseHints Hints { get; init; } = ParseHints.None;

    public List<ParseNotice> Notices { get; } = [];

    /// <summary>The piece's label key (see <see cref="ChineseText.LabelKey"/>), computed on first use.</summary>
    public string Key(int index) => _keys[index] ??= ChineseText.LabelKey(Pieces[index].Text);

    /// <summary>The piece's text normalised (see <see cref="ChineseText.Normalize"/>), computed on first use.</summary>
    public string Normalized(int index) => _normalized[index] ??= ChineseText.Normalize(Pieces[index].Text);

    /// <summary>True when the piece is empty or reads as a value (see <see cref="CellValueParser.IsValueLike"/>), computed on first use.</summary>
    public bool IsValueOrEmpty(int index)
    {
        if (_valueLike[index] == 0)
        {
            var text = Pieces[index].Text;
            _valueLike[index] = text.Length == 0 || CellValueParser.IsValueLike(text) ? (byte)1 : (byte)2;
        }

        return _valueLike[index] == 1;
    }

    /// <summary>The key a template row matches the piece by.</summary>
    public string KeyFor(TemplateRow row, int index) =>
        row.KeepOrdinal ? (_ordinalKeys ??= new string?[Pieces.Count])[index] ??= ChineseText.OrdinalKey(Pieces[index].Text) : Key(index);

    public void Notice(string code, NoticeLevel level, string zh, string en, int? section = null, string? row = null, SourceLocation location = default) =>
        Notices.Add(new ParseNotice(code, level, zh, en, section, row, location));
}
