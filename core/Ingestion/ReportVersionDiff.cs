using System.Text.Json.Nodes;
using ReportAudit.Core.Parsing.Normalization;
using ReportAudit.Core.Serialization;
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

    public static VersionChange Compare(JsonObject? previous, JsonObject current, int version, int previousVersion, string previousReportId)
    {
        ArgumentNullException.ThrowIfNull(current);
        var cells = new List<ChangedCell>();
        var more = 0;
        foreach (var table in StoredModel.Tables)
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

    private static Dictionary<(string Row, string Column), CellText> Cells(JsonObject? report, string table) =>
        StoredModel.Cells(report, table).ToDictionary(c => c.Key, c => new CellText(c.Value.Raw, c.Value.Value, ChineseText.Normalize(c.Value.Raw)));

    private static Dictionary<int, string> Sections(JsonObject? report) =>
        StoredModel.SectionTexts(report).ToDictionary(s => s.Key, s => ChineseText.Normalize(s.Value));

    /// <summary>A cell's text as kept with the change (a table row holds the whole change: long text is cut).</summary>
    private static string? Shorten(string? raw) => raw is { Length: > MaxRaw } ? raw[..MaxRaw] + "…" : raw;

    private sealed record CellText(string Raw, decimal? Value, string Key);
}
