using System.Text.Json.Nodes;
using ReportAudit.Core.Model;

namespace ReportAudit.Core.Collection;

/// <summary>
/// Which of several copies of one report (the HTML article and its PDF or Word attachment) is the report of record:
/// the best parse status (parsed, then partial, then unparseable, then failed), then the fewest blank cells, then
/// the source URL for a stable choice. Copies that could be read (parsed or partial) are compared cell by cell, as
/// third-party evaluators do: a cell with different numbers, or a number in one and blank in the other, is a
/// disagreement. Pure.
/// </summary>
public static class CopyComparer
{
    public static CopyComparison Compare(IReadOnlyList<ReportCopy> copies)
    {
        ArgumentNullException.ThrowIfNull(copies);
        if (copies.Count == 0)
        {
            throw new ArgumentException("At least one copy is needed.", nameof(copies));
        }

        var ranked = copies
            .OrderBy(c => c.Status) // best first: parsed, partial, unparseable, failed (the enum's order)
            .ThenBy(c => c.BlankCells)
            .ThenBy(c => c.SourceUrl, StringComparer.Ordinal)
            .ToList();
        var readable = ranked.Where(c => c.Status is ReportStatus.Parsed or ReportStatus.Partial).ToList();
        var disagreements = new List<CellDisagreement>();
        if (readable.Count > 1)
        {
            foreach (var key in readable.SelectMany(c => c.Cells.Keys).Distinct().Order(StringComparer.Ordinal))
            {
                var values = readable.ToDictionary(c => c.SourceUrl, c => c.Cells.TryGetValue(key, out var v) ? v : null);
                if (values.Values.Distinct().Count() > 1)
                {
                    disagreements.Add(new CellDisagreement(key, values));
                }
            }
        }

        return new CopyComparison(ranked[0], ranked, disagreements);
    }

    /// <summary>The cells of a stored parsed model (<c>cells.{table}.{row}.{column}.value</c>), keyed <c>{table}/{row}/{column}</c>.</summary>
    public static IReadOnlyDictionary<string, decimal?> CellsOf(string? parsedJson)
    {
        var cells = new Dictionary<string, decimal?>(StringComparer.Ordinal);
        JsonNode? root;
        try
        {
            root = string.IsNullOrWhiteSpace(parsedJson) ? null : JsonNode.Parse(parsedJson);
        }
        catch (System.Text.Json.JsonException)
        {
            return cells;
        }

        if (root?["cells"] is not JsonObject tables)
        {
            return cells;
        }

        foreach (var (table, rows) in tables)
        {
            foreach (var (row, columns) in rows as JsonObject ?? [])
            {
                foreach (var (column, cell) in columns as JsonObject ?? [])
                {
                    var value = cell?["value"] is JsonValue v && v.TryGetValue<decimal>(out var number) ? number : (decimal?)null;
                    cells[$"{table}/{row}/{column}"] = value;
                }
            }
        }

        return cells;
    }
}
