using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Parquet;
using Parquet.Schema;
using ReportAudit.Core.Ingestion;
using ReportAudit.Core.Model;
using ReportAudit.Core.Storage;
using Cell = DocumentFormat.OpenXml.Spreadsheet.Cell;
using DataField = Parquet.Schema.DataField;

namespace ReportAudit.IntegrationTests;

/// <summary>
/// The Excel exports and the open-data cells export (CSV, Parquet), against Azurite, with samples 001 (石家莊市人民政府辦公室
/// 2022, 2021 template; 三 new/total = 343) and 003 (凉州区城市管理综合执法局 2021 on the 2019 template, two errors).
/// </summary>
[Trait("Category", "Integration")]
public sealed class ExportTests : IAsyncLifetime
{
    private readonly StorageTestEnvironment _env = new();

    private string _shijiazhuang = string.Empty;
    private string _liangzhou = string.Empty;

    public async Task InitializeAsync()
    {
        await _env.InitializeAsync();
        _shijiazhuang = await IngestAsync("hebei/001.txt", "001");
        _liangzhou = await IngestAsync("gansu/003.txt", "003");
    }

    public Task DisposeAsync() => _env.DisposeAsync();

    private async Task<string> IngestAsync(string path, string sample)
    {
        await using var content = File.OpenRead(StorageTestEnvironment.Sample(sample));
        return (await _env.Get<IReportIngestion>().IngestAsync(path, content, null)).Report.Id;
    }

    private static Dictionary<string, Cell> CellsOfRow(WorksheetPart sheet, uint row) =>
        sheet.Worksheet!.Descendants<Row>().Single(r => r.RowIndex?.Value == row).Elements<Cell>().ToDictionary(c => new string(c.CellReference!.Value!.TakeWhile(char.IsAsciiLetter).ToArray()));

    private static uint RowOf(WorksheetPart sheet, string text) =>
        sheet.Worksheet!.Descendants<Row>().Single(r => r.Elements<Cell>().Any(c => c.InnerText == text)).RowIndex!.Value;

    [Fact]
    public async Task ReportsXlsx_HeaderFrozenAutofilterAndNumbersAsNumbers()
    {
        var (result, body) = await RouteCall.RunAsync(_env.Services, "ExportReportsWorkbook");

        Assert.Equal(200, result.Status);
        Assert.Equal("reports.xlsx", result.FileName);
        using var document = SpreadsheetDocument.Open(new MemoryStream(body), false);
        Assert.Empty(new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        var sheet = document.WorkbookPart!.WorksheetParts.Single();
        var pane = sheet.Worksheet!.Descendants<Pane>().Single();
        Assert.Equal(PaneStateValues.Frozen, pane.State?.Value);
        Assert.Equal(1d, pane.VerticalSplit?.Value);
        Assert.Equal("A2", pane.TopLeftCell?.Value);
        Assert.Equal("A1:V3", sheet.Worksheet.Elements<AutoFilter>().Single().Reference?.Value);

        var header = CellsOfRow(sheet, 1);
        Assert.Equal("年度 year", header["D"].InnerText);
        Assert.Equal("错误 errors", header["H"].InnerText);
        Assert.Equal("本年收费金额折合元 fees amount in 元", header["V"].InnerText);
        Assert.Equal(1u, header["A"].StyleIndex?.Value);

        var liangzhou = CellsOfRow(sheet, RowOf(sheet, _liangzhou));
        Assert.Equal("凉州区城市管理综合执法局", liangzhou["B"].InnerText);
        Assert.Null(liangzhou["D"].DataType);
        Assert.Equal("2021", liangzhou["D"].CellValue?.Text);
        Assert.Null(liangzhou["H"].DataType);
        Assert.Equal("2", liangzhou["H"].CellValue?.Text);
        Assert.Equal(CellValues.InlineString, liangzhou["B"].DataType?.Value);

        var shijiazhuang = CellsOfRow(sheet, RowOf(sheet, _shijiazhuang));
        Assert.Equal("2022", shijiazhuang["D"].CellValue?.Text);
        Assert.Equal("0", shijiazhuang["H"].CellValue?.Text);
        Assert.Equal("3", shijiazhuang["J"].CellValue?.Text);
    }

    [Fact]
    public async Task FindingsXlsx_OneRowPerFindingWithExpectedAndActualAsNumbers()
    {
        var findings = (await _env.Get<IFindingRepository>().GetAsync(_shijiazhuang)).Count + (await _env.Get<IFindingRepository>().GetAsync(_liangzhou)).Count;

        var (_, body) = await RouteCall.RunAsync(_env.Services, "ExportFindingsWorkbook");

        using var document = SpreadsheetDocument.Open(new MemoryStream(body), false);
        var sheet = document.WorkbookPart!.WorksheetParts.Single();
        Assert.Equal(6, findings);
        Assert.Equal($"A1:N{findings + 1}", sheet.Worksheet!.Elements<AutoFilter>().Single().Reference?.Value);
        var outdated = CellsOfRow(sheet, RowOf(sheet, "template.outdated"));
        Assert.Null(outdated["J"].DataType);
        Assert.Equal("2021", outdated["J"].CellValue?.Text);
        Assert.Equal("2019", outdated["K"].CellValue?.Text);
        Assert.Equal("2", outdated["G"].CellValue?.Text);
        var impossible = CellsOfRow(sheet, RowOf(sheet, "date.impossible"));
        Assert.Equal(CellValues.InlineString, impossible["K"].DataType?.Value);
        Assert.Equal("2020-01-18", impossible["K"].InnerText);
    }

    [Fact]
    public async Task CellsCsv_EveryCellOfTheReport_WithLabelsValuesAndLocations()
    {
        var (result, body) = await RouteCall.RunAsync(_env.Services, "ExportCellsCsv", new Dictionary<string, string> { ["region"] = "hebei" });

        Assert.Equal(200, result.Status);
        var lines = ReadCsv(body);
        Assert.Equal(["report_id", "body", "region", "year", "template", "section", "table", "row", "column", "row_label", "column_label", "value", "raw", "unit", "value_yuan", "location"], lines[0]);
        var rows = lines.Skip(1).ToList();
        Assert.All(rows, r => Assert.Equal(_shijiazhuang, r[0]));

        // Every cell of the 2021 template: section 二's columns, section 三's rows × 7 applicant columns, section 四's 15 cells.
        var expected = TemplateCatalog.ActiveDisclosure2021.Sum(r => r.Columns.Count) + TemplateCatalog.Applications2021.Count * TemplateCatalog.ApplicantColumns.Count + 15;
        Assert.Equal(expected, rows.Count);

        var newTotal = rows.Single(r => r[6] == "applications" && r[7] == "new" && r[8] == "total");
        Assert.Equal(["石家莊市人民政府辦公室", "hebei", "2022", "2021", "3"], newTotal[1..6]);
        Assert.Equal(["一、本年新收政府信息公开申请数量", "总计", "343", "343"], newTotal[9..13]);
        Assert.Matches(@"^line \d+, column \d+$", newTotal[15]);
        Assert.Equal("335", rows.Single(r => r[6] == "applications" && r[7] == "new" && r[8] == "natural")[11]);
        Assert.Equal("11", rows.Single(r => r[6] == "reviewLitigation" && r[7] == "review" && r[8] == "upheld")[11]);
        Assert.Equal(["行政复议", "结果维持"], rows.Single(r => r[6] == "reviewLitigation" && r[7] == "review" && r[8] == "upheld")[9..11]);
        Assert.Equal("102", rows.Single(r => r[6] == "activeDisclosure" && r[7] == "normative_documents" && r[8] == "in_force")[11]);
        var fees = rows.Single(r => r[6] == "activeDisclosure" && r[7] == "fees");
        Assert.Equal(["行政事业性收费", "金额", "0", "0", "万元", "0"], fees[9..15]);
    }

    [Fact]
    public async Task CellsParquet_ReadBack_HasTheSameCellsAsTheCsv()
    {
        var (_, csv) = await RouteCall.RunAsync(_env.Services, "ExportCellsCsv");
        var csvRows = ReadCsv(csv).Count - 1;

        var (result, body) = await RouteCall.RunAsync(_env.Services, "ExportCellsParquet");

        Assert.Equal("application/vnd.apache.parquet", result.ContentType);
        await using var reader = await ParquetReader.CreateAsync(new MemoryStream(body));
        var fields = reader.Schema.GetDataFields();
        Assert.Equal(16, fields.Length);
        var ids = new List<string?>();
        var tables = new List<string?>();
        var rowKeys = new List<string?>();
        var columns = new List<string?>();
        var values = new List<double?>();
        var years = new List<int?>();
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            var count = (int)group.RowCount;
            ids.AddRange(await ReadStringsAsync(group, Field(fields, "report_id"), count));
            tables.AddRange(await ReadStringsAsync(group, Field(fields, "table"), count));
            rowKeys.AddRange(await ReadStringsAsync(group, Field(fields, "row"), count));
            columns.AddRange(await ReadStringsAsync(group, Field(fields, "column"), count));
            var v = new double?[count];
            await group.ReadAsync<double>(Field(fields, "value"), v.AsMemory());
            values.AddRange(v);
            var y = new int?[count];
            await group.ReadAsync<int>(Field(fields, "year"), y.AsMemory());
            years.AddRange(y);
        }

        Assert.Equal(csvRows, ids.Count);
        var i = Enumerable.Range(0, ids.Count).Single(n => ids[n] == _shijiazhuang && tables[n] == "applications" && rowKeys[n] == "new" && columns[n] == "total");
        Assert.Equal(343d, values[i]);
        Assert.Equal(2022, years[i]);
        var j = Enumerable.Range(0, ids.Count).Single(n => ids[n] == _liangzhou && tables[n] == "activeDisclosure" && rowKeys[n] == "penalty" && columns[n] == "decisions");
        Assert.Equal(128d, values[j]);
        Assert.Equal(2021, years[j]);
    }

    /// <summary>Reads CSV as a spreadsheet or pandas would (quoted fields hold commas: locations are "line 79, column 5").</summary>
    private static List<string[]> ReadCsv(byte[] csv)
    {
        using var parser = new Microsoft.VisualBasic.FileIO.TextFieldParser(new MemoryStream(csv), Encoding.UTF8) { HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        var rows = new List<string[]>();
        while (parser.ReadFields() is { } fields)
        {
            rows.Add(fields);
        }

        return rows;
    }

    private static DataField Field(DataField[] fields, string name) => fields.Single(f => f.Name == name);

    private static async Task<string?[]> ReadStringsAsync(ParquetRowGroupReader group, DataField field, int count)
    {
        var buffer = new string?[count];
        await group.ReadAsync(field, buffer.AsMemory());
        return buffer;
    }
}
