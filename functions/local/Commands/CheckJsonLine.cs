using System.Buffers;
using System.Text.Json;
using ReportAudit.Core.Model;
using ReportAudit.Core.Serialization;
using ReportAudit.Core.Validation;
using ReportAudit.Core.Validation.Rules;

namespace ReportAudit.Local.Commands;

/// <summary>
/// One <c>check --json</c> line written with <see cref="Utf8JsonWriter"/> into a byte buffer: the same keys, order and
/// values as <see cref="ReportJson.Compact"/> plus <see cref="CheckCommand.AddValidation"/> printed with
/// <see cref="ReportJson.LineOptions"/>, without building the validation part as a node tree and without a string.
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
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();

            // The report part is small next to the parse; it stays the one shared definition in ReportJson.
            foreach (var (name, value) in ReportJson.Compact(report, file))
            {
                writer.WritePropertyName(name);
                if (value is null)
                {
                    writer.WriteNullValue();
                }
                else
                {
                    value.WriteTo(writer, ReportJson.LineOptions);
                }
            }

            WriteValidation(writer, result);
            writer.WriteEndObject();
        }

        buffer.Write("\n"u8);
        return buffer.WrittenSpan.ToArray();
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
