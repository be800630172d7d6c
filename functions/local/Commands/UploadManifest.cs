using Microsoft.VisualBasic.FileIO;

namespace ReportAudit.Local.Commands;

/// <summary>
/// The CSV manifest of an upload: a header with <c>file,region,body</c> (any order, <c>body</c> optional), a row per
/// file; <c>file</c> is a path relative to the manifest's folder (or absolute). UTF-8, with or without BOM.
/// </summary>
internal sealed class UploadManifest
{
    public sealed record Row(string File, string? Region, string? Body);

    private UploadManifest(IReadOnlyList<Row> rows) => Rows = rows;

    public IReadOnlyList<Row> Rows { get; }

    /// <summary>The row of a file, by full path, or else by file name when only one row has that name.</summary>
    public Row? Find(string file)
    {
        var full = Path.GetFullPath(file);
        var byPath = Rows.FirstOrDefault(r => string.Equals(Path.GetFullPath(r.File), full, StringComparison.Ordinal));
        if (byPath is not null)
        {
            return byPath;
        }

        var byName = Rows.Where(r => string.Equals(Path.GetFileName(r.File), Path.GetFileName(file), StringComparison.Ordinal)).ToList();
        return byName.Count == 1 ? byName[0] : null;
    }

    public static UploadManifest Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"找不到清单 manifest not found: {path}");
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        using var parser = new TextFieldParser(path, System.Text.Encoding.UTF8) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        var header = parser.ReadFields()?.Select(h => h.Trim().ToLowerInvariant()).ToList() ?? throw new FormatException($"清单为空 empty manifest: {path}");
        int fileColumn = header.IndexOf("file"), regionColumn = header.IndexOf("region"), bodyColumn = header.IndexOf("body");
        if (fileColumn < 0 || regionColumn < 0)
        {
            throw new FormatException($"清单应有 file,region,body 列 the manifest needs the columns file,region(,body): {path}");
        }

        var rows = new List<Row>();
        while (parser.ReadFields() is { } fields)
        {
            string? Field(int i) => i >= 0 && i < fields.Length && fields[i].Trim() is { Length: > 0 } v ? v : null;
            if (Field(fileColumn) is { } file)
            {
                rows.Add(new Row(Path.IsPathRooted(file) ? file : Path.Combine(folder, file), Field(regionColumn), Field(bodyColumn)));
            }
        }

        return new UploadManifest(rows);
    }
}
