using ReportAudit.Core.Validation;

namespace ReportAudit.Core.Storage;

/// <summary>
/// Reads the roster CSV: a header line <c>body,region,kind</c> (region and kind optional), then one body per
/// line. The header is required and at least one body, so that a stray upload (an empty body, an HTML page)
/// is refused instead of replacing the roster.
/// </summary>
public static class RosterCsv
{
    public static IReadOnlyList<RosterEntry> Parse(string csv)
    {
        ArgumentNullException.ThrowIfNull(csv);
        var entries = new List<RosterEntry>();
        var lines = csv.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var header = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (!header)
            {
                if (!IsHeader(line))
                {
                    throw new FormatException($"roster.csv 第 {i + 1} 行应为表头 body,region,kind; line {i + 1} must be the header body,region,kind");
                }

                header = true;
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

        return entries.Count > 0
            ? entries
            : throw new FormatException("roster.csv 没有列出任何机关（表头 body,region,kind 之后每行一个机关）; the roster lists no body (one per line after the header body,region,kind)");
    }

    private static bool IsHeader(string line) =>
        line.Split(',')[0].Trim().Trim('"').Equals("body", StringComparison.OrdinalIgnoreCase);
}
