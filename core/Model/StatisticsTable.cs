namespace ReportAudit.Core.Model;

/// <summary>
/// One of a report's three statistics tables: cells keyed by the canonical row and column keys
/// of <c>TEMPLATES.md</c> (section 四 uses the group as row and the result as column).
/// A key that is absent means the report did not give that cell at all.
/// </summary>
public sealed class StatisticsTable
{
    private readonly Dictionary<string, RowCells> _rows = new(StringComparer.Ordinal);
    private readonly List<string> _rowOrder = [];
    private readonly HashSet<string> _uncertainRows = new(StringComparer.Ordinal);

    public IReadOnlyList<string> RowKeys => _rowOrder;

    public bool IsEmpty => _rowOrder.Count == 0;

    public bool HasRow(string row) => _rows.ContainsKey(row);

    /// <summary>
    /// Rows the parser could not place with confidence (a value count that fits no template row, values that do not
    /// line up with the columns): their cells, present or not, are not assessable, and a parse notice names them.
    /// </summary>
    public IReadOnlyCollection<string> UncertainRows => _uncertainRows;

    public bool IsUncertain(string row) => _uncertainRows.Contains(row);

    public void MarkUncertain(string row) => _uncertainRows.Add(row);

    public IReadOnlyDictionary<string, Cell> Row(string row) =>
        _rows.TryGetValue(row, out var cells) ? cells : EmptyRow;

    public Cell? this[string row, string column] =>
        _rows.TryGetValue(row, out var cells) && cells.TryGetValue(column, out var cell) ? cell : null;

    public void Set(string row, string column, Cell cell)
    {
        if (!_rows.TryGetValue(row, out var cells))
        {
            cells = new RowCells();
            _rows.Add(row, cells);
            _rowOrder.Add(row);
        }

        cells.Set(column, cell);
    }

    /// <summary>All cells, row by row in the order they were found.</summary>
    public IEnumerable<(string Row, string Column, Cell Cell)> Cells()
    {
        foreach (var row in _rowOrder)
        {
            foreach (var (column, cell) in _rows[row])
            {
                yield return (row, column, cell);
            }
        }
    }

    private static readonly IReadOnlyDictionary<string, Cell> EmptyRow = new Dictionary<string, Cell>();
}
