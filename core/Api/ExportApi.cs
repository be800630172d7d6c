using ReportAudit.Core.Exports;
using ReportAudit.Core.Summaries;

namespace ReportAudit.Core.Api;

/// <summary>The Excel and open-data export routes; each takes the report filters of the list.</summary>
public sealed class ExportApi(SpreadsheetExports spreadsheets, CellExport cells)
{
    public const string ParquetContentType = "application/vnd.apache.parquet";

    public ApiResult ReportsWorkbook(Func<string, string?> query) =>
        WithQuery(query, q => ApiResult.Streamed(XlsxSheet.ContentType, "reports.xlsx", (output, ct) => ViaTempFileAsync(output, (temp, c) => spreadsheets.WriteReportsAsync(q, temp, c), ct)));

    public ApiResult FindingsWorkbook(Func<string, string?> query) =>
        WithQuery(query, q => ApiResult.Streamed(XlsxSheet.ContentType, "findings.xlsx", (output, ct) => ViaTempFileAsync(output, (temp, c) => spreadsheets.WriteFindingsAsync(q, temp, c), ct)));

    /// <summary>CSV goes straight to the response, one report's cells at a time.</summary>
    public ApiResult CellsCsv(Func<string, string?> query) =>
        WithQuery(query, q => ApiResult.Streamed("text/csv; charset=utf-8", "cells.csv", (output, ct) => cells.WriteCsvAsync(q, output, ct)));

    public ApiResult CellsParquet(Func<string, string?> query) =>
        WithQuery(query, q => ApiResult.Streamed(ParquetContentType, "cells.parquet", (output, ct) => ViaTempFileAsync(output, (temp, c) => cells.WriteParquetAsync(q, temp, c), ct)));

    private static ApiResult WithQuery(Func<string, string?> query, Func<ReportQuery, ApiResult> answer)
    {
        var parsed = ReportQuery.Parse(query, out var error);
        return parsed is null ? ApiResult.BadRequest(error!.Value.Parameter, error.Value.Message) : answer(parsed);
    }

    private static async Task ViaTempFileAsync(Stream output, Func<Stream, CancellationToken, Task> write, CancellationToken cancellationToken)
    {
        var temp = TempFile.Create();
        await using (temp.ConfigureAwait(false))
        {
            await write(temp, cancellationToken).ConfigureAwait(false);
            temp.Position = 0;
            await temp.CopyToAsync(output, cancellationToken).ConfigureAwait(false);
        }
    }
}
