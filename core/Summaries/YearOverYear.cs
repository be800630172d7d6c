using System.Text.Json.Nodes;
using ReportAudit.Core.Model;
using ReportAudit.Core.Serialization;
using ReportAudit.Core.Validation;
using ReportAudit.Core.Validation.Rules;

namespace ReportAudit.Core.Summaries;

/// <summary>
/// A body's reports side by side, year by year (the body view's 同比 table): every statistics cell of the three tables
/// in the template's words, its value in each year and whether it changed from the year before, and for each of the six
/// sections how much of its text was already in the year before's. Pure: built from the stored parsed models
/// (<c>ReportJson.Detailed</c>); a missing or malformed part counts as absent, never as an exception.
/// </summary>
public static class YearOverYear
{
    /// <summary>
    /// How much of <paramref name="current"/> (a section's text) is already in <paramref name="previous"/> (the same
    /// section the year before), 0–1, or null when either is missing or too short to say. The measure of
    /// <c>crossyear.copied-text</c> (<see cref="TextSimilarity.Containment"/>: the share of this year's 4-character
    /// shingles, figures masked, found in last year's text), on texts compacted and cut as that rule's are.
    /// </summary>
    public static double? SectionSimilarity(string? current, string? previous)
    {
        var now = Cut(TextSimilarity.Compact(current));
        var before = Cut(TextSimilarity.Compact(previous));
        return now.Length < TextSimilarity.ShingleLength || before.Length < TextSimilarity.ShingleLength
            ? null
            : Math.Round(TextSimilarity.Containment(now, before), 3);
    }

    /// <summary>The comparison of a body's years, oldest first; <paramref name="years"/> need not be sorted.</summary>
    public static JsonObject Build(IEnumerable<(int Year, string ReportId, JsonObject? Parsed)> years)
    {
        ArgumentNullException.ThrowIfNull(years);
        var ordered = years.OrderBy(y => y.Year).ToList();
        var cells = new JsonArray();
        foreach (var (table, section) in TemplateLabels.Tables)
        {
            var byYear = ordered.Select(y => Cells(y.Parsed, table)).ToList();
            foreach (var (row, column) in Places(section, byYear))
            {
                var values = new JsonArray();
                var changed = new JsonArray();
                for (var i = 0; i < byYear.Count; i++)
                {
                    var cell = byYear[i].GetValueOrDefault((row, column));
                    values.Add(cell?.ToJson());
                    var before = i > 0 ? byYear[i - 1].GetValueOrDefault((row, column)) : null;
                    changed.Add(cell is not null && before is not null && !cell.SameAs(before));
                }

                cells.Add(new JsonObject
                {
                    ["section"] = section,
                    ["table"] = table,
                    ["row"] = row,
                    ["column"] = column,
                    ["rowLabel"] = TemplateLabels.Row(section, row),
                    ["columnLabel"] = TemplateLabels.Column(section, column),
                    ["values"] = values,
                    ["changed"] = changed,
                });
            }
        }

        var texts = ordered.Select(y => SectionTexts(y.Parsed)).ToList();
        var sections = new JsonArray();
        for (var number = 1; number <= 6; number++)
        {
            var similarity = new JsonArray();
            for (var i = 0; i < texts.Count; i++)
            {
                similarity.Add(i == 0 ? null : SectionSimilarity(texts[i].GetValueOrDefault(number), texts[i - 1].GetValueOrDefault(number)));
            }

            sections.Add(new JsonObject { ["number"] = number, ["title"] = TemplateLabels.Section(number), ["similarity"] = similarity });
        }

        return new JsonObject
        {
            ["years"] = new JsonArray([.. ordered.Select(y => (JsonNode)new JsonObject
            {
                ["year"] = y.Year,
                ["reportId"] = y.ReportId,
                ["template"] = y.Parsed?["template"] is JsonValue t && t.TryGetValue<string>(out var template) ? template : null,
            })]),
            ["cells"] = cells,
            ["sections"] = sections,
        };
    }

    private static string Cut(string text) => text.Length > PreviousYearFigures.MaxTextLength ? text[..PreviousYearFigures.MaxTextLength] : text;

    /// <summary>The cells any year has, in the template's order (both templates' rows and columns merged), unknown keys last.</summary>
    private static IEnumerable<(string Row, string Column)> Places(int section, List<Dictionary<(string Row, string Column), YearCell>> byYear)
    {
        var present = byYear.SelectMany(d => d.Keys).Distinct().ToList();
        var rowOrder = RowOrder(section);
        return present
            .OrderBy(p => rowOrder.IndexOf(p.Row) is var i and >= 0 ? i : int.MaxValue)
            .ThenBy(p => p.Row, StringComparer.Ordinal)
            .ThenBy(p => ColumnOrder(section, p.Row).IndexOf(p.Column) is var j and >= 0 ? j : int.MaxValue)
            .ThenBy(p => p.Column, StringComparer.Ordinal);
    }

    private static List<string> RowOrder(int section) => section switch
    {
        2 => Merge(TemplateCatalog.ActiveDisclosure2021.Select(r => r.Key), TemplateCatalog.ActiveDisclosure2019.Select(r => r.Key)),
        3 => Merge(TemplateCatalog.Applications2021.Select(r => r.Key), TemplateCatalog.Applications2019.Select(r => r.Key)),
        _ => [.. TemplateCatalog.ReviewGroups],
    };

    private static List<string> ColumnOrder(int section, string row) => section switch
    {
        2 => Merge(
            TemplateCatalog.ActiveDisclosure2021.FirstOrDefault(r => r.Key == row)?.Columns ?? [],
            TemplateCatalog.ActiveDisclosure2019.FirstOrDefault(r => r.Key == row)?.Columns ?? []),
        3 => [.. TemplateCatalog.ApplicantColumns],
        _ => [.. TemplateCatalog.ReviewCells],
    };

    /// <summary>The first list with the second's other keys put in after the key they follow there (2019's 其他对外管理服务事项 after 行政许可).</summary>
    private static List<string> Merge(IEnumerable<string> first, IEnumerable<string> second)
    {
        var merged = first.ToList();
        var at = -1;
        foreach (var key in second)
        {
            var found = merged.IndexOf(key);
            if (found >= 0)
            {
                at = found;
            }
            else
            {
                merged.Insert(++at, key);
            }
        }

        return merged;
    }

    private static Dictionary<(string Row, string Column), YearCell> Cells(JsonObject? report, string table) =>
        StoredModel.Cells(report, table).ToDictionary(c => c.Key, c => new YearCell(c.Value.Raw, c.Value.Value, c.Value.Unit, c.Value.Yuan));

    private static Dictionary<int, string> SectionTexts(JsonObject? report) => StoredModel.SectionTexts(report);

    /// <summary>One cell in one year: as written, its number, and its unit and value in 元 for an amount.</summary>
    private sealed record YearCell(string Raw, decimal? Value, string? Unit, decimal? Yuan)
    {
        /// <summary>The same when the amounts in 元 agree, else the numbers (and units), else, without numbers, the text's letters and digits.</summary>
        public bool SameAs(YearCell other) =>
            Yuan is not null && other.Yuan is not null ? Yuan == other.Yuan
            : Value is not null || other.Value is not null ? Value == other.Value && Unit == other.Unit
            : TextSimilarity.Compact(Raw) == TextSimilarity.Compact(other.Raw);

        public JsonObject ToJson() => new()
        {
            ["raw"] = Raw,
            ["value"] = Value,
            ["unit"] = Unit,
        };
    }
}
