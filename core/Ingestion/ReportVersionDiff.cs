using System.Text.Json.Nodes;
using ReportAudit.Core.Parsing.Normalization;
using ReportAudit.Core.Validation;

namespace ReportAudit.Core.Ingestion;

/// <summary>
/// Compares two versions of a report in their stored parsed form (<c>ReportJson.Detailed</c>): the
/// cells whose value changed (or, for a cell without a number, whose text changed) and the sections
/// whose text changed. Pure; a missing or malformed part counts as empty, never as an exception.
/// </summary>
public static class ReportVersionDiff
{
    private const int MaxRaw = 60;

    private static readonly string[] Tables = ["activeDisclosure", "applications", "reviewLitigation"];

    public static VersionChange Compare(JsonObject? previous, JsonObject current, int version, int previousVersion, string previousReportId)
    {
        ArgumentNullException.ThrowIfNull(current);
        var cells = new List<ChangedCell>();
        var more = 0;
        foreach (var table in Tables)
        {
            var before = Cells(previous, table);
            var after = Cells(current, table);
            foreach (var (row, column) in after.Keys.Concat(before.Keys.Where(k => !after.ContainsKey(k))))
            {
                var old = before.GetValueOrDefault((row, column));
                var now = after.GetValueOrDefault((row, column));
                if (Same(old, now))
                {
                    continue;
                }

                if (cells.Count < VersionChange.MaxCells)
                {
                    cells.Add(new ChangedCell(table, row, column, Shorten(old?.Raw), Shorten(now?.Raw)));
                }
                else
                {
                    more++;
                }
            }
        }

        var oldSections = Sections(previous);
        var newSections = Sections(current);
        var sections = Enumerable.Range(1, 6)
            .Where(n => oldSections.GetValueOrDefault(n) != newSections.GetValueOrDefault(n))
            .ToList();
        return new VersionChange(version, previousVersion, previousReportId, cells, sections, more);
    }

    /// <summary>Same when the numbers agree; for cells without a number (text, blank), when the text agrees.</summary>
    private static bool Same(CellText? a, CellText? b) =>
        a is not null && b is not null && (a.Value is not null || b.Value is not null ? a.Value == b.Value : a.Key == b.Key);

    private static Dictionary<(string Row, string Column), CellText> Cells(JsonObject? report, string table)
    {
        var cells = new Dictionary<(string, string), CellText>();
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

            foreach (var (column, cell) in byColumn)
            {
                if (cell is JsonObject detail)
                {
                    var raw = detail["raw"] is JsonValue r && r.TryGetValue<string>(out var text) ? text : string.Empty;
                    var value = detail["value"] is JsonValue v && v.TryGetValue<decimal>(out var number) ? number : (decimal?)null;
                    cells[(row, column)] = new CellText(raw, value, ChineseText.Normalize(raw));
                }
            }
        }

        return cells;
    }

    private static Dictionary<int, string> Sections(JsonObject? report)
    {
        var sections = new Dictionary<int, string>();
        if (report?["sections"] is not JsonArray array)
        {
            return sections;
        }

        foreach (var node in array)
        {
            if (node is JsonObject s && s["number"] is JsonValue n && n.TryGetValue<int>(out var number))
            {
                var text = s["text"] is JsonValue t && t.TryGetValue<string>(out var value) ? value : string.Empty;
                sections[number] = ChineseText.Normalize(text);
            }
        }

        return sections;
    }

    /// <summary>A cell's text as kept with the change (a table row holds the whole change: long text is cut).</summary>
    private static string? Shorten(string? raw) => raw is { Length: > MaxRaw } ? raw[..MaxRaw] + "…" : raw;

    private sealed record CellText(string Raw, decimal? Value, string Key);
}
