using System.Buffers;

namespace ReportAudit.Core.Parsing.Readers;

/// <summary>
/// A growable run of characters whose array is rented from <see cref="ArrayPool{T}.Shared"/>: the HTML reader builds
/// each line and cell in one of these and makes a string only of the cleaned result, never of the raw text.
/// <see cref="Release"/> gives the array back.
/// </summary>
internal sealed class CharBuffer
{
    private char[] _chars = [];

    public int Length { get; private set; }

    public char Last => _chars[Length - 1];

    public ReadOnlySpan<char> Span => _chars.AsSpan(0, Length);

    public void Append(char c)
    {
        if (Length == _chars.Length)
        {
            Grow(1);
        }

        _chars[Length++] = c;
    }

    public void Append(ReadOnlySpan<char> text)
    {
        if (Length + text.Length > _chars.Length)
        {
            Grow(text.Length);
        }

        text.CopyTo(_chars.AsSpan(Length));
        Length += text.Length;
    }

    public void Clear() => Length = 0;

    /// <summary>Empties the buffer and gives its array back to the pool; the next append rents again.</summary>
    public void Release()
    {
        if (_chars.Length > 0)
        {
            ArrayPool<char>.Shared.Return(_chars);
            _chars = [];
        }

        Length = 0;
    }

    private void Grow(int needed)
    {
        var larger = ArrayPool<char>.Shared.Rent(Math.Max(256, Math.Max(_chars.Length * 2, Length + needed)));
        _chars.AsSpan(0, Length).CopyTo(larger);
        if (_chars.Length > 0)
        {
            ArrayPool<char>.Shared.Return(_chars);
        }

        _chars = larger;
    }
}
