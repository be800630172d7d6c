using ReportAudit.Core.Storage;
using ReportAudit.Core.Summaries;

namespace ReportAudit.Core.Tests.Summaries;

public sealed class AggregateCountersTests
{
    private static StoredReport Report(string verdict, int errors, long received) => new()
    {
        Id = "r1",
        BlobPath = "hebei/a.txt",
        Region = "hebei",
        Year = 2022,
        Status = ReportStatus.Parsed,
        Verdict = verdict,
        Errors = errors,
        FiredRules = errors > 0 ? ["balance.applications"] : [],
        ContentHash = "h",
        ParserVersion = "1",
        Figures = new KeyFigures(new Dictionary<string, long> { ["new"] = received }, new Dictionary<string, long> { ["review.total"] = 2 }),
    };

    [Fact]
    public void Add_ReplacingAReport_MovesItsContribution()
    {
        var counters = new Dictionary<string, long>();
        var before = Report("failed", 2, 10);
        var after = Report("passed", 0, 12);
        AggregateCounters.Add(counters, AggregateCounters.Of(before), +1);

        AggregateCounters.Add(counters, AggregateCounters.Of(before), -1);
        AggregateCounters.Add(counters, AggregateCounters.Of(after), +1);

        Assert.Equal(1, counters["reports"]);
        Assert.Equal(1, counters["verdict.passed"]);
        Assert.False(counters.ContainsKey("verdict.failed"));
        Assert.False(counters.ContainsKey("rule.balance.applications"));
        Assert.Equal(12, counters["app.new"]);
        Assert.Equal(2, counters["rl.review.total"]);
    }

    [Fact]
    public void RowsOf_Report_AreItsYearAndAllYearsByItsRegionAndAllRegions()
    {
        var rows = AggregateCounters.RowsOf(Report("passed", 0, 1)).ToList();

        Assert.Equal([("2022", "_all"), ("2022", "hebei"), ("all", "_all"), ("all", "hebei")], rows);
    }
}
