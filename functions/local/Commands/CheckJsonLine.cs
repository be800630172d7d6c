using System.Buffers;
using System.Globalization;
using System.Text.Json;
using ReportAudit.Core.Model;
using ReportAudit.Core.Serialization;
using ReportAudit.Core.Validation;
using ReportAudit.Core.Validation.Rules;

namespace ReportAudit.Local.Commands;

/// <summary>
/// One <c>check --json</c> line written with <see cref="Utf8JsonWriter"/> into a byte buffer: the same keys, order and
/// values as <see cref="ReportJson.Compact"/> plus <see cref="CheckCommand.AddValidation"/> printed with
/// <see cref="ReportJson.LineOptions"/>, without building either part as a node tree and without a string (a tree of
/// the three tables was a node per row and per cell, for every report of a folder). The integration test
/// <c>CheckCommandOrderTests</c> compares these lines byte for byte with the node trees' output.
/// </summary>
internal static class CheckJsonLine
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = false,
        Encoder = ReportJson.LineOptions.Encoder,
        SkipValidation = true,
    };

    /// <summary>The line as UTF-8 bytes, ending with <c>\n</c> (what <c>Console.Out.WriteLine</c> wrote).</summary>
    public static byte[] Write(AnnualReport report, string file, ValidationResult result)
    {
        // One buffer and writer per thread, reset for each line: a line is 10–20 KB, and a folder is thousands of lines.
        var buffer = _threadBuffer ??= new ArrayBufferWriter<byte>(16 * 1024);
        buffer.ResetWrittenCount();
        var writer = _threadWriter ??= new Utf8JsonWriter(buffer, WriterOptions);
        writer.Reset(buffer);
        writer.WriteStartObject();
        WriteReport(writer, report, file);
        WriteValidation(writer, result);
        writer.WriteEndObject();
        writer.Flush();
        buffer.Write("\n"u8);
        return buffer.WrittenSpan.ToArray();
    }

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? _threadBuffer;

    [ThreadStatic]
    private static Utf8JsonWriter? _threadWriter;

    /// <summary>The properties of <see cref="ReportJson.Compact"/>, in its order and with its values.</summary>
    private static void WriteReport(Utf8JsonWriter writer, AnnualReport report, string file)
    {
        writer.WriteString("file", file);
        writer.WriteString("status", ReportJson.StatusName(report.Status));
        writer.WriteString("body", report.Body);
        writer.WriteString("bodySource", report.BodySource is { } bodySource ? MetadataSourceNames.JsonName(bodySource) : null);
        WriteNumberOrNull(writer, "year", report.Year);
        writer.WriteString("template", report.Template == TemplateVersion.Unknown ? null : ReportJson.TemplateName(report.Template));
        writer.WriteString("publishedOn", report.PublishedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        writer.WriteString("publishedSource", report.PublishedOnSource is { } publishedSource ? MetadataSourceNames.JsonName(publishedSource) : null);
        WriteValues(writer, "applications", report.Applications);
        WriteValues(writer, "reviewLitigation", report.ReviewLitigation);
        WriteValues(writer, "activeDisclosure", report.ActiveDisclosure);
        writer.WriteStartArray("notices");
        foreach (var notice in report.Notices)
        {
            writer.WriteStartObject();
            writer.WriteString("code", notice.Code);
            writer.WriteString("level", notice.Level.ToString().ToLowerInvariant());
            WriteNumberOrNull(writer, "section", notice.Section);
            writer.WriteString("row", notice.Row);
            writer.WriteString("location", notice.Location.IsKnown ? notice.Location.ToString() : null);
            writer.WriteString("message", notice.MessageZh);
            writer.WriteString("messageEn", notice.MessageEn);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary><see cref="ReportJson.Values"/>: per row, per column the number, or for a money cell its amount object.</summary>
    private static void WriteValues(Utf8JsonWriter writer, string name, StatisticsTable table)
    {
        writer.WriteStartObject(name);
        foreach (var key in table.RowKeys)
        {
            writer.WriteStartObject(key);
            foreach (var (column, cell) in table.Row(key))
            {
                writer.WritePropertyName(column);
                if (cell.Amount is { } amount)
                {
                    writer.WriteStartObject();
                    writer.WritePropertyName("value");
                    WriteWholeOrDecimal(writer, cell.Number, cell.Kind != CellKind.Decimal);
                    writer.WriteString("unit", amount.Unit);
                    writer.WriteString("raw", amount.Raw);
                    writer.WritePropertyName("yuan");
                    WriteWholeOrDecimal(writer, amount.Yuan, wholeAsInteger: true);
                    writer.WriteEndObject();
                }
                else
                {
                    WriteWholeOrDecimal(writer, cell.Number, cell.Kind != CellKind.Decimal);
                }
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    /// <summary>As ReportJson writes a cell's value or an amount in 元: a whole number as an integer (unless the cell was written as a decimal), else the decimal.</summary>
    private static void WriteWholeOrDecimal(Utf8JsonWriter writer, decimal? value, bool wholeAsInteger)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case { } n when wholeAsInteger && n == decimal.Truncate(n) && Math.Abs(n) <= long.MaxValue:
                writer.WriteNumberValue((long)n);
                break;
            case { } n:
                writer.WriteNumberValue(n);
                break;
        }
    }

    private static void WriteValidation(Utf8JsonWriter writer, ValidationResult result)
    {
        writer.WriteString("verdict", EnumNames.Name(result.Verdict));
        writer.WriteStartObject("counts");
        writer.WriteNumber(EnumNames.Name(Severity.Error), result.Errors);
        writer.WriteNumber(EnumNames.Name(Severity.Warning), result.Warnings);
        writer.WriteNumber(EnumNames.Name(Severity.Notice), result.Notices);
        writer.WriteEndObject();

        writer.WriteStartArray("findings");
        foreach (var f in result.Findings)
        {
            writer.WriteStartObject();
            writer.WriteString("rule", f.RuleId);
            writer.WriteString("severity", EnumNames.Name(f.Severity));
            WriteNumberOrNull(writer, "section", f.Section);
            writer.WriteString("row", f.Row);
            writer.WriteString("column", f.Column);
            writer.WriteString("place", Labels.Place(f));
            writer.WriteString("message", f.MessageZh);
            writer.WriteString("messageEn", f.MessageEn);
            writer.WriteString("expected", f.Expected);
            writer.WriteString("actual", f.Actual);
            writer.WriteStartArray("cells");
            foreach (var cell in f.Cells ?? [])
            {
                writer.WriteStringValue(cell.ToString());
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        // A rule id met twice keeps its first place and its last state, as a JsonObject assignment did.
        var outcomes = new OrderedDictionary<string, string>(result.Outcomes.Count, StringComparer.Ordinal);
        foreach (var outcome in result.Outcomes)
        {
            outcomes[outcome.RuleId] = ReportPrinter.StateName(outcome.State);
        }

        writer.WriteStartObject("outcomes");
        foreach (var (rule, state) in outcomes)
        {
            writer.WriteString(rule, state);
        }

        writer.WriteEndObject();
    }

    private static void WriteNumberOrNull(Utf8JsonWriter writer, string name, int? value)
    {
        if (value is { } v)
        {
            writer.WriteNumber(name, v);
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
