using System.Text.Json.Nodes;
using ReportAudit.Core.Model;
using ReportAudit.Core.Serialization;

namespace ReportAudit.Core.Tests.Parsing;

/// <summary>Compares a parsed report with a hand-checked expected file, cell by cell, and lists every difference.</summary>
internal static class ExpectedCells
{
    public static JsonObject Load(string sampleId) =>
        JsonNode.Parse(File.ReadAllText(FixtureFiles.Fixture(Path.Combine("expected", sampleId + ".json"))))!.AsObject();

    public static List<string> Differences(JsonObject expected, AnnualReport report)
    {
        var actual = ReportJson.Compact(report, "x");
        var differences = new List<string>();
        foreach (var table in new[] { "activeDisclosure", "applications", "reviewLitigation" })
        {
            var want = expected[table]!.AsObject();
            var got = actual[table]!.AsObject();
            foreach (var (row, cells) in want)
            {
                foreach (var (column, value) in cells!.AsObject())
                {
                    var have = got[row]?[column];
                    if (!JsonNode.DeepEquals(value, have) || (have is null && !(got[row]?.AsObject().ContainsKey(column) ?? false)))
                    {
                        differences.Add($"{table}.{row}.{column}: expected {value?.ToJsonString() ?? "null"}, got {(got[row]?.AsObject().ContainsKey(column) ?? false ? have?.ToJsonString() ?? "null" : "missing")}");
                    }
                }
            }

            foreach (var (row, cells) in got)
            {
                foreach (var (column, _) in cells!.AsObject())
                {
                    if (want[row]?[column] is null && !(want[row]?.AsObject().ContainsKey(column) ?? false))
                    {
                        differences.Add($"{table}.{row}.{column}: not expected, got {cells[column]?.ToJsonString()}");
                    }
                }
            }
        }

        return differences;
    }
}
