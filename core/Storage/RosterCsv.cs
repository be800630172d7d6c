using ReportAudit.Core.Validation;

namespace ReportAudit.Core.Storage;

/// <summary>Reads the roster CSV: a header line <c>body,region,kind</c> (region and kind optional), then one body per line.</summary>
public static class RosterCsv
{
    public static IReadOnlyList<RosterEntry> Parse(string csv)
    {
        ArgumentNullException.ThrowIfNull(csv);
        var entries = new List<RosterEntry>();
        var lines = csv.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#') || (i == 0 && line.StartsWith("body", StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            var fields = line.Split(',').Select(f => f.Trim().Trim('"')).ToArray();
            if (fields[0].Length == 0)
            {
                throw new FormatException($"roster.csv 第 {i + 1} 行没有机关名称 line {i + 1} has no body name");
            }

            var kind = fields.Length > 2 && fields[2].Length > 0 ? fields[2] : null;
            if (kind is not (null or "department" or "government" or "township"))
            {
                throw new FormatException($"roster.csv 第 {i + 1} 行的类别“{kind}”无效，应为 department、government 或 township; line {i + 1}: kind must be department, government or township");
            }

            entries.Add(new RosterEntry(fields[0], BodyKey.Of(fields[0]), fields.Length > 1 ? fields[1] : string.Empty, kind));
        }

        return entries;
    }
}
