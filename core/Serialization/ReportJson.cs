using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ReportAudit.Core.Model;

namespace ReportAudit.Core.Serialization;

/// <summary>
/// The JSON form of a report with the canonical keys: cells as numbers (null = blank), money cells as
/// <c>{value, unit, raw, yuan}</c> (see <see cref="AmountNode"/>), shaped as the
/// <c>check --json</c> line; <see cref="Detailed"/> adds every cell's raw text, kind and source location,
/// the sections and the notices, for the stored copy of the parsed model.
/// </summary>
public static class ReportJson
{
    public static readonly JsonSerializerOptions LineOptions = new()
    {
        WriteIndented = false,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string TemplateName(TemplateVersion template) => template switch
    {
        TemplateVersion.V2019 => "2019",
        TemplateVersion.V2021 => "2021",
        _ => "unknown",
    };

    /// <summary>The parse status's name: that of the <see cref="ReportStatus"/> of the same value.</summary>
    public static string StatusName(ParseStatus status) => EnumNames.Name((ReportStatus)status);

    /// <summary>The compact form: <c>{file, status, body, bodySource, year, template, publishedOn, publishedSource, applications, reviewLitigation, activeDisclosure, notices}</c>.</summary>
    public static JsonObject Compact(AnnualReport report, string file)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new JsonObject
        {
            ["file"] = file,
            ["status"] = StatusName(report.Status),
            ["body"] = report.Body,
            ["bodySource"] = report.BodySource is { } bodySource ? MetadataSourceNames.JsonName(bodySource) : null,
            ["year"] = report.Year,
            ["template"] = report.Template == TemplateVersion.Unknown ? null : TemplateName(report.Template),
            ["publishedOn"] = report.PublishedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["publishedSource"] = report.PublishedOnSource is { } publishedSource ? MetadataSourceNames.JsonName(publishedSource) : null,
            ["applications"] = Values(report.Applications),
            ["reviewLitigation"] = Values(report.ReviewLitigation),
            ["activeDisclosure"] = Values(report.ActiveDisclosure),
            ["notices"] = new JsonArray(report.Notices.Select(Notice).ToArray<JsonNode?>()),
        };
    }

    /// <summary>The compact form plus metadata sources, sections and every cell in detail.</summary>
    public static JsonObject Detailed(AnnualReport report, string file)
    {
        var json = Compact(report, file);
        json["title"] = report.Title;
        json["titleYear"] = report.TitleYear;
        json["narrativeYear"] = report.NarrativeYear;
        json["format"] = report.Format.ToString().ToLowerInvariant();
        json["encoding"] = report.Encoding;
        json["sections"] = new JsonArray(report.Sections.Select(s => (JsonNode)new JsonObject
        {
            ["number"] = s.Number,
            ["heading"] = s.Heading,
            ["text"] = s.Text,
            ["location"] = s.Location.ToString(),
        }).ToArray<JsonNode?>());
        json["cells"] = new JsonObject
        {
            ["activeDisclosure"] = Details(report.ActiveDisclosure),
            ["applications"] = Details(report.Applications),
            ["reviewLitigation"] = Details(report.ReviewLitigation),
        };
        return json;
    }

    public static JsonObject Values(StatisticsTable table)
    {
        var rows = new JsonObject();
        foreach (var key in table.RowKeys)
        {
            var row = new JsonObject();
            foreach (var (column, cell) in table.Row(key))
            {
                row[column] = cell.Amount is { } amount ? AmountNode(amount, cell) : Number(cell);
            }

            rows[key] = row;
        }

        return rows;
    }

    private static JsonObject Details(StatisticsTable table)
    {
        var rows = new JsonObject();
        foreach (var key in table.RowKeys)
        {
            var row = new JsonObject();
            foreach (var (column, cell) in table.Row(key))
            {
                row[column] = new JsonObject
                {
                    ["raw"] = cell.Raw,
                    ["value"] = Number(cell),
                    ["kind"] = cell.Kind.ToString().ToLowerInvariant(),
                    ["unit"] = cell.Unit,
                    ["location"] = cell.Location.ToString(),
                };
                if (cell.Amount is { } amount)
                {
                    row[column]!["yuan"] = Yuan(amount);
                    row[column]!["unitSource"] = UnitSourceName(amount.UnitSource);
                }
            }

            rows[key] = row;
        }

        return rows;
    }

    /// <summary>
    /// A money cell keeps its unit: <c>{"value": 8.74, "unit": "万元", "raw": "8.74万元", "yuan": 87400}</c>; a bare number
    /// would lose the factor of 10,000 between 元 and 万元. <c>unit</c> and <c>yuan</c> are null when no unit is stated.
    /// </summary>
    public static JsonObject AmountNode(Amount amount, Cell cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return new JsonObject
        {
            ["value"] = Number(cell),
            ["unit"] = amount.Unit,
            ["raw"] = amount.Raw,
            ["yuan"] = Yuan(amount),
        };
    }

    private static JsonNode? Yuan(Amount amount) => amount.Yuan switch
    {
        null => null,
        { } y when y == decimal.Truncate(y) && Math.Abs(y) <= long.MaxValue => JsonValue.Create((long)y),
        { } y => JsonValue.Create(y),
    };

    public static string? UnitSourceName(AmountUnitSource source) => source switch
    {
        AmountUnitSource.Cell => "cell",
        AmountUnitSource.Header => "header",
        AmountUnitSource.Note => "note",
        _ => null,
    };

    private static JsonNode? Number(Cell cell) => cell.Number switch
    {
        null => null,
        { } n when n == decimal.Truncate(n) && cell.Kind != CellKind.Decimal && Math.Abs(n) <= long.MaxValue => JsonValue.Create((long)n),
        { } n => JsonValue.Create(n),
    };

    public static JsonObject Notice(ParseNotice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        return new JsonObject
        {
            ["code"] = notice.Code,
            ["level"] = notice.Level.ToString().ToLowerInvariant(),
            ["section"] = notice.Section,
            ["row"] = notice.Row,
            ["location"] = notice.Location.IsKnown ? notice.Location.ToString() : null,
            ["message"] = notice.MessageZh,
            ["messageEn"] = notice.MessageEn,
        };
    }
}
