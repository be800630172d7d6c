using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportAudit.Core.Model;

namespace ReportAudit.Core.Parsing.Readers;

/// <summary>
/// Reads a Word .docx into pieces: body paragraphs are lines, table cells are cells. Cells that
/// continue a vertical merge are skipped (HTML leaves them out too), so a row's value cells map
/// left to right. The archive is checked for zip bombs before Open XML touches it.
/// </summary>
internal static class DocxPieceReader
{
    public static List<Piece> Read(byte[] bytes, ParserOptions options)
    {
        CheckArchive(bytes, options);
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var document = WordprocessingDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = options.MaxDecompressedBytes });
            var body = document.MainDocumentPart?.Document?.Body
                ?? throw new ParseFailure("docx.no-body", "Word 文件没有正文", "the Word file has no document body");
            var reader = new Walker(options.MaxPieces);
            reader.WalkBlocks(body);
            return reader.Pieces;
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or System.Xml.XmlException or FileFormatException)
        {
            throw new ParseFailure("docx.invalid", $"不是有效的 Word 文件：{e.Message}", $"not a valid .docx file: {e.Message}");
        }
    }

    private static void CheckArchive(byte[] bytes, ParserOptions options)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            long total = 0;
            var hasDocument = false;
            foreach (var entry in zip.Entries)
            {
                hasDocument |= entry.FullName.Equals("word/document.xml", StringComparison.OrdinalIgnoreCase);
                total += entry.Length;
                var ratio = entry.CompressedLength > 0 ? entry.Length / entry.CompressedLength : entry.Length;
                if (total > options.MaxDecompressedBytes || (entry.Length > 1024 * 1024 && ratio > options.MaxCompressionRatio))
                {
                    throw new ParseFailure("docx.zip-bomb", $"压缩包解压后过大（{entry.FullName}），疑似压缩炸弹", $"the archive expands too far ({entry.FullName}): a zip bomb?");
                }
            }

            if (!hasDocument)
            {
                throw new ParseFailure("input.unsupported-zip", "这是 ZIP 压缩包，但不是 Word (.docx) 文件", "a ZIP archive that is not a Word .docx file");
            }

            if (zip.GetEntry("EncryptedPackage") is not null)
            {
                throw new ParseFailure("docx.encrypted", "Word 文件已加密，无法读取", "the Word file is encrypted");
            }
        }
        catch (InvalidDataException e)
        {
            throw new ParseFailure("docx.invalid", $"ZIP 结构损坏：{e.Message}", $"damaged ZIP structure: {e.Message}");
        }
    }

    private sealed class Walker(int maxPieces)
    {
        private int _tables;
        private int _rows;
        private int _paragraphs;

        public List<Piece> Pieces { get; } = new(512);

        public void WalkBlocks(OpenXmlElement container)
        {
            foreach (var child in container.ChildElements)
            {
                switch (child)
                {
                    case Paragraph p:
                        _paragraphs++;
                        var text = CellText.Clean(ParagraphText(p));
                        if (text.Length > 0)
                        {
                            Pieces.Add(new Piece(text, false, SourceLocation.AtLine(_paragraphs, 1)));
                        }

                        break;
                    case Table table:
                        ReadTable(table);
                        break;
                    case SdtBlock sdt when sdt.SdtContentBlock is { } content:
                        WalkBlocks(content);
                        break;
                }

                if (Pieces.Count > maxPieces)
                {
                    throw new ParseFailure("input.too-many-cells", $"文件的行和单元格超过上限 {maxPieces}", $"more than {maxPieces} lines and cells");
                }
            }
        }

        private void ReadTable(Table table)
        {
            // A table whose cells hold tables is layout: read its cells as blocks.
            if (table.Descendants<Table>().Any())
            {
                foreach (var cell in table.Descendants<TableCell>().Where(c => c.Ancestors<Table>().First() == table))
                {
                    WalkBlocks(cell);
                }

                return;
            }

            var tableIndex = ++_tables;
            var rowIndex = 0;
            foreach (var row in table.Elements<TableRow>())
            {
                rowIndex++;
                var rowId = ++_rows;
                var cellIndex = 0;
                foreach (var cell in row.Elements<TableCell>())
                {
                    cellIndex++;
                    var merge = cell.TableCellProperties?.VerticalMerge;
                    if (merge is not null && (merge.Val is null || merge.Val.Value == MergedCellValues.Continue))
                    {
                        continue;
                    }

                    var lines = cell.Elements<Paragraph>().Select(ParagraphText);
                    Pieces.Add(new Piece(CellText.Join(lines), true, SourceLocation.InTable(tableIndex, rowIndex, cellIndex), rowId));
                }
            }
        }

        private static string ParagraphText(Paragraph paragraph)
        {
            var sb = new StringBuilder();
            foreach (var element in paragraph.Descendants())
            {
                switch (element)
                {
                    case Text t:
                        sb.Append(t.Text);
                        break;
                    case TabChar:
                        sb.Append(' ');
                        break;
                    case Break:
                        sb.Append('\n');
                        break;
                }
            }

            return sb.ToString();
        }
    }
}
