using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace ReportAudit.Core.Model;

/// <summary>
/// The cells of one <see cref="StatisticsTable"/> row by column key, in the order they were first set. A row has at
/// most a template's width of columns (7), so the keys are searched in a small array rather than hashed: a parse makes
/// a few dozen rows, and a dictionary of its own per row was a fifth of the report model's allocation.
/// </summary>
internal sealed class RowCells : IReadOnlyDictionary<string, Cell>
{
    /// <summary>The templates' widest rows have seven columns (the applicant columns of section 三); a wider row grows.</summary>
    private KeyValuePair<string, Cell>[] _entries = new KeyValuePair<string, Cell>[7];

    public int Count { get; private set; }

    public Cell this[string key] => TryGetValue(key, out var cell) ? cell : throw new KeyNotFoundException(key);

    public IEnumerable<string> Keys
    {
        get
        {
            for (var i = 0; i < Count; i++)
            {
                yield return _entries[i].Key;
            }
        }
    }

    public IEnumerable<Cell> Values
    {
        get
        {
            for (var i = 0; i < Count; i++)
            {
                yield return _entries[i].Value;
            }
        }
    }

    /// <summary>Sets the cell of <paramref name="column"/>: in its place when the column was set before, else after the others.</summary>
    public void Set(string column, Cell cell)
    {
        var index = IndexOf(column);
        if (index >= 0)
        {
            _entries[index] = new(_entries[index].Key, cell);
            return;
        }

        if (Count == _entries.Length)
        {
            Array.Resize(ref _entries, _entries.Length * 2);
        }

        _entries[Count++] = new(column, cell);
    }

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out Cell value)
    {
        var index = IndexOf(key);
        if (index < 0)
        {
            value = null;
            return false;
        }

        value = _entries[index].Value;
        return true;
    }

    public IEnumerator<KeyValuePair<string, Cell>> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return _entries[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int IndexOf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        for (var i = 0; i < Count; i++)
        {
            // The keys are mostly the template's own string instances: the reference test settles most comparisons.
            if (ReferenceEquals(_entries[i].Key, key) || string.Equals(_entries[i].Key, key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
