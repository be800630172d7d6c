using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ReportAudit.Core.Exports;

/// <summary>
/// Writes one worksheet as .xlsx with the SAX-style <see cref="OpenXmlWriter"/>, row by row, so memory stays bounded
/// whatever the number of rows: a bold header row, frozen, with an autofilter over the whole table; numbers
/// (<see cref="int"/>, <see cref="long"/>, <see cref="decimal"/>, <see cref="double"/>) as numeric cells, everything
/// else as inline text. Text is written as text, never as a formula, so no cell can inject one.
/// </summary>
public static class XlsxSheet
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Writes the workbook to <paramref name="output"/>, which must be readable, writable and seekable (a file).</summary>
    public static async Task WriteAsync(Stream output, string sheetName, IReadOnlyList<string> header, IAsyncEnumerable<IReadOnlyList<object?>> rows, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = Styles();
        var sheet = workbook.AddNewPart<WorksheetPart>();
        var last = 1u;
        using (var writer = OpenXmlWriter.Create(sheet))
        {
            writer.WriteStartElement(new Worksheet());
            writer.WriteElement(new SheetViews(new SheetView(
                new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
            { TabSelected = true, WorkbookViewId = 0 }));
            writer.WriteStartElement(new SheetData());
            WriteRow(writer, 1, header, bold: true);
            await foreach (var row in rows.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                WriteRow(writer, ++last, row, bold: false);
            }

            writer.WriteEndElement();
            writer.WriteElement(new AutoFilter { Reference = $"A1:{Column(header.Count - 1)}{last}" });
            writer.WriteEndElement();
        }

        workbook.Workbook = new Workbook(
            new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = sheetName }),
            new DefinedNames(new DefinedName($"'{sheetName}'!$A$1:${Column(header.Count - 1)}${last}") { Name = "_xlnm._FilterDatabase", LocalSheetId = 0, Hidden = true }));
    }

    /// <summary>The column letters of a 0-based index: 0 → A, 26 → AA.</summary>
    public static string Column(int index)
    {
        var letters = new StringBuilder();
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            letters.Insert(0, (char)('A' + ((n - 1) % 26)));
        }

        return letters.ToString();
    }

    private static void WriteRow(OpenXmlWriter writer, uint index, IEnumerable<object?> values, bool bold)
    {
        writer.WriteStartElement(new Row { RowIndex = index });
        var column = 0;
        foreach (var value in values)
        {
            var reference = Column(column++) + index.ToString(CultureInfo.InvariantCulture);
            var number = value switch
            {
                int i => i.ToString(CultureInfo.InvariantCulture),
                long l => l.ToString(CultureInfo.InvariantCulture),
                decimal d => d.ToString(CultureInfo.InvariantCulture),
                double d when double.IsFinite(d) => d.ToString("R", CultureInfo.InvariantCulture),
                _ => null,
            };
            Cell cell;
            if (number is not null)
            {
                cell = new Cell { CellReference = reference, CellValue = new CellValue(number) };
            }
            else if (value?.ToString() is { Length: > 0 } text)
            {
                cell = new Cell(new InlineString(new Text(XmlSafe(text)) { Space = SpaceProcessingModeValues.Preserve })) { CellReference = reference, DataType = CellValues.InlineString };
            }
            else
            {
                continue;
            }

            if (bold)
            {
                cell.StyleIndex = 1;
            }

            writer.WriteElement(cell);
        }

        writer.WriteEndElement();
    }

    /// <summary>Drops the control characters XML 1.0 cannot hold (a CMS sometimes leaves them in a title).</summary>
    private static string XmlSafe(string text) =>
        text.Any(c => c < ' ' && c is not ('\t' or '\n' or '\r')) ? new string(text.Where(c => c >= ' ' || c is '\t' or '\n' or '\r').ToArray()) : text;

    private static Stylesheet Styles() => new(
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(new CellFormat(), new CellFormat { FontId = 1, ApplyFont = true }) { Count = 2 });
}
