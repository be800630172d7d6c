using System.Buffers;

namespace ReportAudit.Core.Parsing.Readers;

/// <summary>
/// A growable buffer of structs whose array is rented from <see cref="ArrayPool{T}.Shared"/> on the first
/// <see cref="Add"/>: the HTML reader's per-table grid costs no allocation once the pool is warm.
/// <see cref="Release"/> gives the array back.
/// </summary>
internal sealed class PooledList<T>(int capacity)
    where T : struct
{
    private T[] _items = [];

    public int Count { get; private set; }

    public T this[int index] => _items[index];

    public void Add(T item)
    {
        if (Count == _items.Length)
        {
            var larger = ArrayPool<T>.Shared.Rent(Math.Max(capacity, _items.Length * 2));
            Array.Copy(_items, larger, Count);
            if (_items.Length > 0)
            {
                ArrayPool<T>.Shared.Return(_items, ClearOnReturn);
            }

            _items = larger;
        }

        _items[Count++] = item;
    }

    public void Set(int index, T item) => _items[index] = item;

    /// <summary>The items added so far (valid until the next <see cref="Add"/>, <see cref="Clear"/> or <see cref="Release"/>).</summary>
    public ReadOnlySpan<T> AsSpan() => _items.AsSpan(0, Count);

    public void Clear()
    {
        if (ClearOnReturn)
        {
            Array.Clear(_items, 0, Count);
        }

        Count = 0;
    }

    /// <summary>Empties the list and gives its array back to the pool; the next <see cref="Add"/> rents again.</summary>
    public void Release()
    {
        if (_items.Length > 0)
        {
            Clear();
            ArrayPool<T>.Shared.Return(_items);
            _items = [];
        }

        Count = 0;
    }

    /// <summary>Arrays holding references are cleared before they go back, so the pool keeps no page text alive.</summary>
    private static bool ClearOnReturn => System.Runtime.CompilerServices.RuntimeHelpers.IsReferenceOrContainsReferences<T>();
}
