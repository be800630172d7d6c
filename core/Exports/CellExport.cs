using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json.Nodes;
using Parquet;
using Parquet.Schema;
using ReportAudit.Core.Model;
using ReportAudit.Core.Storage;
using ReportAudit.Core.Summaries;

namespace ReportAudit.Core.Exports;

/// <summary>
/// The open-data export for researchers: every cell of every report's three tables, one tidy row each
/// (<see cref="OpenDataCell"/>), read from the stored parsed models (<c>parsed/{id}.json</c>, written by
/// <c>ReportJson.Detailed</c>), one report at a time, so the export is streamed page by page and never held whole.
/// As CSV (UTF-8 without BOM, RFC 4180) or Parquet (a row group per <see cref="RowGroupSize"/> cells).
/// </summary>
public sealed class CellExport(IReportRepository reports, IParsedReportStore parsed)
{
    public const int RowGroupSize = 10_000;

    /// <summary>The column names of both formats, in order.</summary>
    public static readonly IReadOnlyList<string> Columns =
    [
        "report_id", "body", "region", "year", "template", "section", "table", "row", "column", "row_label", "column_label",
        "value", "raw", "unit", "value_yuan", "location",
    ];

    /// <summary>The cells of the reports the query selects, one report's cells at a time.</summary>
    public async IAsyncEnumerable<IReadOnlyList<OpenDataCell>> PagesAsync(ReportQuery query, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await foreach (var report in reports.QueryAsync(query.Criteria, cancellationToken).ConfigureAwait(false))
        {
            if (query.Rule is { } rule && !report.FiredRules.Contains(rule))
            {
                continue;
            }

            if (await parsed.GetAsync(report.Id, cancellationToken).ConfigureAwait(false) is { } json)
            {
                yield return Cells(report, json);
            }
        }
    }

    /// <summary>The cells of one stored parsed model, in table order.</summary>
    public static IReadOnlyList<OpenDataCell> Cells(StoredReport report, string parsedJson)
    {
        ArgumentNullException.ThrowIfNull(report);
        var cells = new List<OpenDataCell>();
        if (JsonNode.Parse(parsedJson)?["cells"] is not JsonObject tables)
        {
            return cells;
        }

        foreach (var (table, section) in TemplateLabels.Tables)
        {
            if (tables[table] is not JsonObject rows)
            {
                continue;
            }

            foreach (var (row, columns) in rows)
            {
                if (columns is not JsonObject byColumn)
                {
                    continue;
                }

                foreach (var (column, detail) in byColumn)
                {
                    cells.Add(new OpenDataCell(
                        report.Id, report.Body, report.Region, report.Year, report.Template, section, table, row, column,
                        TemplateLabels.Row(section, row), TemplateLabels.Column(section, column),
                        Decimal(detail?["value"]), (string?)detail?["raw"], (string?)detail?["unit"], Decimal(detail?["yuan"]), (string?)detail?["location"]));
                }
            }
        }

        return cells;
    }

    public async Task WriteCsvAsync(ReportQuery query, Stream output, CancellationToken cancellationToken = default)
    {
        var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 64 * 1024, leaveOpen: true);
        await using (writer.ConfigureAwait(false))
        {
            await writer.WriteAsync(string.Join(',', Columns) + "\r\n").ConfigureAwait(false);
            await foreach (var page in PagesAsync(query, cancellationToken).ConfigureAwait(false))
            {
                var text = new StringBuilder();
                foreach (var c in page)
                {
                    text.AppendJoin(',', Field(c.ReportId), Field(c.Body), Field(c.Region), c.Year?.ToString(CultureInfo.InvariantCulture), Field(c.Template),
                        c.Section.ToString(CultureInfo.InvariantCulture), c.Table, Field(c.Row), Field(c.Column), Field(c.RowLabel), Field(c.ColumnLabel),
                        c.Value?.ToString(CultureInfo.InvariantCulture), Field(c.Raw), Field(c.Unit), c.Yuan?.ToString(CultureInfo.InvariantCulture), Field(c.Location));
                    text.Append("\r\n");
                }

                await writer.WriteAsync(text, cancellationToken).ConfigureAwait(false);
                await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Writes Parquet to <paramref name="output"/> (a file: the footer is written last).</summary>
    public async Task WriteParquetAsync(ReportQuery query, Stream output, CancellationToken cancellationToken = default)
    {
        var schema = new ParquetSchema(
            new DataField<string>("report_id"), new DataField<string>("body"), new DataField<string>("region"), new DataField<int?>("year"),
            new DataField<string>("template"), new DataField<int>("section"), new DataField<string>("table"), new DataField<string>("row"),
            new DataField<string>("column"), new DataField<string>("row_label"), new DataField<string>("column_label"), new DataField<double?>("value"),
            new DataField<string>("raw"), new DataField<string>("unit"), new DataField<double?>("value_yuan"), new DataField<string>("location"));
        var writer = await ParquetWriter.CreateAsync(schema, output, cancellationToken: cancellationToken).ConfigureAwait(false);
        await using (writer.ConfigureAwait(false))
        {
            var buffer = new List<OpenDataCell>(RowGroupSize);
            await foreach (var page in PagesAsync(query, cancellationToken).ConfigureAwait(false))
            {
                buffer.AddRange(page);
                if (buffer.Count >= RowGroupSize)
                {
                    await WriteRowGroupAsync(writer, schema, buffer, cancellationToken).ConfigureAwait(false);
                    buffer.Clear();
                }
            }

            if (buffer.Count > 0)
            {
                await WriteRowGroupAsync(writer, schema, buffer, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static async Task WriteRowGroupAsync(ParquetWriter writer, ParquetSchema schema, List<OpenDataCell> cells, CancellationToken cancellationToken)
    {
        var fields = schema.GetDataFields();
        using var group = writer.CreateRowGroup();
        await group.WriteAsync(fields[0], cells.Select(c => c.ReportId).ToArray()).ConfigureAwait(false);
        await group.WriteAsync(fields[1], cells.Select(c => c.Body).ToArray()).ConfigureAwait(false);
        await group.WriteAsync(fields[2], cells.Select(c => c.Region).ToArray()).ConfigureAwait(false);
        await group.WriteAsync<int>(fields[3], cells.Select(c => c.Year).ToArray(), cancellationToken: cancellationToken).ConfigureAwait(false);
        await group.WriteAsync(fields[4], cells.Select(c => c.Template).ToArray()).ConfigureAwait(false);
        await group.WriteAsync<int>(fields[5], cells.Select(c => c.Section).ToArray(), cancellationToken: cancellationToken).ConfigureAwait(false);
        await group.WriteAsync(fields[6], cells.Select(c => c.Table).ToArray()).ConfigureAwait(false);
        await group.WriteAsync(fields[7], cells.Select(c => c.Row).ToArray()).ConfigureAwait(false);
        await group.WriteAsync(fields[8], cells.Select(c => c.Column).ToArray()).ConfigureAwait(false);
        await group.WriteAsync(fields[9], cells.Select(c => c.RowLabel).ToArray()).ConfigureAwait(false);
        await group.WriteAsync(fields[10], cells.Select(c => c.ColumnLabel).ToArray()).ConfigureAwait(false);
        await group.WriteAsync<double>(fields[11], cells.Select(c => (double?)c.Value).ToArray(), cancellationToken: cancellationToken).ConfigureAwait(false);
        await group.WriteAsync(fields[12], cells.Select(c => c.Raw).ToArray()).ConfigureAwait(false);
        await group.WriteAsync(fields[13], cells.Select(c => c.Unit).ToArray()).ConfigureAwait(false);
        await group.WriteAsync<double>(fields[14], cells.Select(c => (double?)c.Yuan).ToArray(), cancellationToken: cancellationToken).ConfigureAwait(false);
        await group.WriteAsync(fields[15], cells.Select(c => c.Location).ToArray()).ConfigureAwait(false);
    }

    /// <summary>
    /// A CSV field: RFC 4180 quoting, and text that a spreadsheet would run as a formula (<c>=</c>, <c>+</c>, <c>@</c>, or
    /// <c>-</c> not followed by a number) gets a leading apostrophe; a printed <c>-3</c> stays data.
    /// </summary>
    public static string Field(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        var formula = value[0] is '=' or '+' or '@' or '\t' or '\r'
            || (value[0] == '-' && !decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out _));
        var safe = formula ? "'" + value : value;
        return safe.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe;
    }

    private static decimal? Decimal(JsonNode? node) => node is JsonValue value && value.TryGetValue<decimal>(out var d) ? d
        : node is JsonValue other && decimal.TryParse(other.ToString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) ? parsed
        : null;
}
