using System.Text.Json.Nodes;
using ReportAudit.Core.Parsing;

namespace ReportAudit.Core.Tests.Parsing;

/// <summary>
/// Sample 001's tables in the header arrangements and text flattenings real sites produce (Fixtures/layouts, see its
/// README): every cell must come out as in the hand-checked expected file, with the cells the layout leaves blank
/// (zeros not printed) blank.
/// </summary>
public sealed class LayoutParsingTests
{
    private readonly ReportParser _parser = new();

    public static TheoryData<string> Layouts()
    {
        var data = new TheoryData<string>();
        foreach (var entry in Manifest())
        {
            data.Add((string)entry["file"]!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Parse_Layout_GivesEveryCellThatCanBePlaced(string file)
    {
        var entry = Manifest().Single(e => (string)e["file"]! == file);
        var expected = ExpectedCells.Load((string)entry["sample"]!);
        foreach (var blank in entry["blank"]!.AsArray())
        {
            var parts = ((string)blank!).Split('.', 2);
            var row = parts[1][..parts[1].LastIndexOf('.')];
            var column = parts[1][(parts[1].LastIndexOf('.') + 1)..];
            expected[parts[0]]![row]![column] = null;
        }

        var unread = entry["unread"]!.AsArray().Select(u => (Table: (string)u!["table"]!, Row: (string?)u["row"], Code: (string)u["code"]!)).ToList();
        foreach (var (table, row, _) in unread)
        {
            if (row is null)
            {
                expected[table] = new JsonObject();
            }
            else
            {
                expected[table]!.AsObject().Remove(row);
            }
        }

        var report = _parser.Parse(File.ReadAllBytes(FixtureFiles.Fixture(file)), Path.GetFileName(file));

        var differences = ExpectedCells.Differences(expected, report);
        Assert.True(differences.Count == 0, string.Join("\n", differences));
        foreach (var (table, row, code) in unread)
        {
            Assert.Contains(report.Notices, n => n.Code == code && n.Row == row && (row is not null || n.Section == (table == "applications" ? 3 : 4)));
        }

        var unexpected = report.Notices.Where(n => n.Code.StartsWith("table.", StringComparison.Ordinal) && !unread.Any(u => u.Code == n.Code && u.Row == n.Row));
        Assert.Empty(unexpected.Select(n => $"{n.Code} {n.Row}"));
    }

    private static IEnumerable<JsonObject> Manifest() =>
        JsonNode.Parse(File.ReadAllText(FixtureFiles.Fixture("layouts/manifest.json")))!.AsArray().Select(e => e!.AsObject());
}
