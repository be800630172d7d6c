using System.Net;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using Parquet;

namespace ReportAudit.IntegrationTests;

/// <summary>The downloads through the local runner's Kestrel: streamed bodies (no synchronous I/O allowed there) and their file names.</summary>
[Trait("Category", "Integration")]
public sealed class DownloadHttpTests(LocalRunnerFixture runner) : IClassFixture<LocalRunnerFixture>
{
    [Theory]
    [InlineData("/api/export/cells.csv?region=tianjin", "text/csv", "cells.csv")]
    [InlineData("/api/export/cells.parquet?region=tianjin", "application/vnd.apache.parquet", "cells.parquet")]
    [InlineData("/api/export/reports.xlsx?region=tianjin", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "reports.xlsx")]
    [InlineData("/api/export/findings.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "findings.xlsx")]
    public async Task Download_OverHttp_IsAnAttachmentOfItsType(string path, string contentType, string fileName)
    {
        using var client = runner.Client();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(fileName, response.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.NotEmpty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task CellsCsvAndParquet_OverHttp_HaveTheTianjinReportsCells()
    {
        using var client = runner.Client();

        var csv = Encoding.UTF8.GetString(await client.GetByteArrayAsync(new Uri("/api/export/cells.csv?region=tianjin", UriKind.Relative)));
        await using var parquet = await ParquetReader.CreateAsync(new MemoryStream(await client.GetByteArrayAsync(new Uri("/api/export/cells.parquet?region=tianjin", UriKind.Relative))));

        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.All(lines.Skip(1), l => Assert.Contains(",天津市静海区人民政府办公室,tianjin,2019,2019,", l, StringComparison.Ordinal));
        var rows = 0L;
        for (var g = 0; g < parquet.RowGroupCount; g++)
        {
            using var group = parquet.OpenRowGroupReader(g);
            rows += group.RowCount;
        }

        Assert.Equal(lines.Length - 1, rows);
        Assert.True(rows > 100, $"{rows} cells");
    }

    [Fact]
    public async Task ReportsXlsx_OverHttp_OpensWithTheTianjinRow()
    {
        using var client = runner.Client();

        var bytes = await client.GetByteArrayAsync(new Uri("/api/export/reports.xlsx?region=tianjin", UriKind.Relative));

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var text = string.Join('|', document.WorkbookPart!.WorksheetParts.Single().Worksheet!.Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>().Select(c => c.InnerText));
        Assert.Contains("天津市静海区人民政府办公室|tianjin|2019|2019|parsed|passed|0|0|0", text, StringComparison.Ordinal);
    }
}
