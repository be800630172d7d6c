using System.Text;

namespace ReportAudit.Core.Api;

/// <summary>
/// CSV for Excel: UTF-8 with a BOM (so Chinese opens correctly), RFC 4180 quoting, and formula
/// injection neutralised: a cell starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or CR gets a leading apostrophe.
/// </summary>
public static class Csv
{
    public static byte[] Write(IEnumerable<string> header, IEnumerable<IEnumerable<string?>> rows)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        var sb = new StringBuilder();
        AppendRow(sb, header);
        foreach (var row in rows)
        {
            AppendRow(sb, row);
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(sb.ToString())];
    }

    /// <summary>
    /// Writes the CSV to <paramref name="output"/> as the rows come, flushing every <paramref name="rowsPerFlush"/> rows, so a
    /// large export starts at once and never sits whole in memory.
    /// </summary>
    public static async Task WriteAsync(Stream output, IEnumerable<string> header, IAsyncEnumerable<IEnumerable<string?>> rows, int rowsPerFlush = 1000, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 64 * 1024, leaveOpen: true);
        await using (writer.ConfigureAwait(false))
        {
            var sb = new StringBuilder();
            AppendRow(sb, header);
            var pending = 0;
            await foreach (var row in rows.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                AppendRow(sb, row);
                if (++pending >= rowsPerFlush)
                {
                    await writer.WriteAsync(sb, cancellationToken).ConfigureAwait(false);
                    await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
                    sb.Clear();
                    pending = 0;
                }
            }

            await writer.WriteAsync(sb, cancellationToken).ConfigureAwait(false);
            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        var safe = value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
        return safe.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe;
    }

    private static void AppendRow(StringBuilder sb, IEnumerable<string?> cells)
    {
        sb.AppendJoin(',', cells.Select(Cell));
        sb.Append("\r\n");
    }
}
