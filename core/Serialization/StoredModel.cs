using System.Text.Json.Nodes;

namespace ReportAudit.Core.Serialization;

/// <summary>
/// Reads the stored parsed model (<see cref="ReportJson.Detailed"/>) back: a table's cells and the sections' texts, for
/// comparing versions of a report and a body's years. A missing or malformed part reads as empty, never as an exception.
/// </summary>
public static class StoredModel
{
    /// <summary>The keys of the three statistics tables under <c>cells</c>.</summary>
    public static readonly IReadOnlyList<string> Tables = ["activeDisclosure", "applications", "reviewLitigation"];

    /// <summary>The cells of one table by (row, column) key.</summary>
    public static Dictionary<(string Row, string Column), StoredCell> Cells(JsonObject? report, string table)
    {
        var cells = new Dictionary<(string, string), StoredCell>();
        if (report?["cells"] is not JsonObject tables || tables[table] is not JsonObject rows)
        {
            return cells;
        }

        foreach (var (row, columns) in rows)
        {
            if (columns is not JsonObject byColumn)
            {
                continue;
            }

            foreach (var (column, node) in byColumn)
            {
                if (node is JsonObject detail)
                {
                    cells[(row, column)] = new StoredCell(Text(detail["raw"]) ?? string.Empty, Number(detail["value"]), Text(detail["unit"]), Number(detail["yuan"]));
                }
            }
        }

        return cells;
    }

    /// <summary>Each section's text by its number (一 = 1); a section split in two (a heading repeated) reads as one text.</summary>
    public static Dictionary<int, string> SectionTexts(JsonObject? report)
    {
        var texts = new Dictionary<int, string>();
        if (report?["sections"] is not JsonArray sections)
        {
            return texts;
        }

        foreach (var node in sections)
        {
            if (node is JsonObject s && s["number"] is JsonValue n && n.TryGetValue<int>(out var number))
            {
                var text = Text(s["text"]) ?? string.Empty;
                texts[number] = texts.TryGetValue(number, out var earlier) ? earlier + "\n" + text : text;
            }
        }

        return texts;
    }

    private static string? Text(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var text) ? text : null;

    private static decimal? Number(JsonNode? node) => node is JsonValue v && v.TryGetValue<decimal>(out var number) ? number : null;
}
