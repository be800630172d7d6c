using System.Text;

namespace ReportAudit.Core.Parsing.Readers;

/// <summary>
/// A page's text decoded from its bytes as it is read, block by block with one <see cref="Decoder"/> (which carries a
/// character split between two blocks over, so the characters are those of decoding the whole), keeping only the
/// characters from the segment being read on (<see cref="Release"/>): a 30 MB page is not held as a 60 MB string
/// beside its bytes. Positions are absolute (from the start of the text). Built over a string, it is that string.
/// </summary>
internal sealed class DecodedText
{
    private readonly string? _text;
    private readonly byte[] _bytes = [];
    private readonly Decoder? _decoder;
    private readonly int _blockBytes;
    private int _byteAt;
    private char[] _chars = [];

    /// <summary>The absolute position of <see cref="_chars"/>[0], and how many characters are held from there.</summary>
    private int _start;
    private int _count;
    private bool _complete;

    public DecodedText(string text)
    {
        _text = text;
        _count = text.Length;
        _complete = true;
    }

    /// <summary>The text of <paramref name="bytes"/> from <paramref name="offset"/> (after a byte order mark), decoded <paramref name="blockBytes"/> at a time.</summary>
    public DecodedText(byte[] bytes, int offset, Encoding encoding, int blockBytes = 256 * 1024)
    {
        _bytes = bytes;
        _byteAt = offset;
        _decoder = encoding.GetDecoder();
        _blockBytes = Math.Max(1, blockBytes);
        _complete = offset >= bytes.Length;
    }

    private ReadOnlySpan<char> Held => _text is null ? _chars.AsSpan(0, _count) : _text.AsSpan();

    /// <summary>The character at <paramref name="index"/>, which must exist (<see cref="Has"/>) and not be released.</summary>
    public char this[int index] => Has(index) ? Held[index - _start] : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>The whole text's length (decodes the rest).</summary>
    public int Length
    {
        get
        {
            while (DecodeMore())
            {
            }

            return _start + _count;
        }
    }

    /// <summary>Whether the text reaches <paramref name="index"/> (decoding up to it).</summary>
    public bool Has(int index)
    {
        while (index >= _start + _count)
        {
            if (!DecodeMore())
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Where <paramref name="c"/> first occurs at or after <paramref name="from"/>, or -1.</summary>
    public int IndexOf(char c, int from)
    {
        while (true)
        {
            var searched = Math.Max(from, _start);
            if (searched < _start + _count)
            {
                var at = Held[(searched - _start)..].IndexOf(c);
                if (at >= 0)
                {
                    return searched + at;
                }

                from = _start + _count;
            }

            if (!DecodeMore())
            {
                return -1;
            }
        }
    }

    /// <summary>Where <paramref name="value"/> first occurs at or after <paramref name="from"/>, or -1; at most <paramref name="limit"/> characters on (then -2).</summary>
    public int IndexOf(string value, int from, StringComparison comparison, int limit = int.MaxValue)
    {
        var origin = from;
        while (true)
        {
            var searched = Math.Max(from, _start);
            if (searched < _start + _count)
            {
                var at = Held[(searched - _start)..].IndexOf(value, comparison);
                if (at >= 0)
                {
                    return searched + at;
                }

                // A match may begin in the last characters held and end in the next block.
                from = Math.Max(searched, _start + _count - value.Length + 1);
            }

            if ((long)_start + _count - origin > limit)
            {
                return -2;
            }

            if (!DecodeMore())
            {
                return -1;
            }
        }
    }

    /// <summary>The characters from <paramref name="start"/> for <paramref name="length"/>, which must be held.</summary>
    public ReadOnlySpan<char> Slice(int start, int length) => Has(start + length - 1) || length == 0 ? Held.Slice(start - _start, length) : throw new ArgumentOutOfRangeException(nameof(length));

    /// <summary>Whether the text at <paramref name="index"/> is <paramref name="value"/>.</summary>
    public bool StartsWith(int index, string value, StringComparison comparison) =>
        Has(index + value.Length - 1) && Held.Slice(index - _start, value.Length).Equals(value, comparison);

    /// <summary>Drops the characters before <paramref name="position"/>: they are never read again.</summary>
    public void Release(int position)
    {
        if (_text is not null || position <= _start)
        {
            return;
        }

        var drop = Math.Min(position - _start, _count);
        _chars.AsSpan(drop, _count - drop).CopyTo(_chars);
        _count -= drop;
        _start += drop;
    }

    private bool DecodeMore()
    {
        if (_complete || _decoder is null)
        {
            return false;
        }

        var take = Math.Min(_blockBytes, _bytes.Length - _byteAt);
        var flush = _byteAt + take == _bytes.Length;
        var most = _decoder.GetCharCount(_bytes, _byteAt, take, flush);
        if (_count + most > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(_count + most, Math.Min(Array.MaxLength, _chars.Length * 2)));
        }

        _count += _decoder.GetChars(_bytes, _byteAt, take, _chars, _count, flush);
        _byteAt += take;
        _complete = flush;
        return true;
    }
}
