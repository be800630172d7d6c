using ReportAudit.Core.Model;
using ReportAudit.Core.Storage;
using ReportAudit.Core.Summaries;
using ReportAudit.Core.Validation;

namespace ReportAudit.Core.Tests.Summaries;

public sealed class AggregateCountersTests
{
    private static StoredReport Report(Verdict verdict, int errors, long received) => new()
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
        var before = Report(Verdict.Failed, 2, 10);
        var after = Report(Verdict.Passed, 0, 12);
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
        var rows = AggregateCounters.RowsOf(Report(Verdict.Passed, 0, 1)).ToList();

        Assert.Equal([("2022", "_all"), ("2022", "hebei"), ("all", "_all"), ("all", "hebei")], rows);
    }

    private static StoredReport WithAmount(string id, Amount amount) => Report(Verdict.Passed, 0, 1) with
    {
        Id = id,
        Figures = new KeyFigures(new Dictionary<string, long>(), new Dictionary<string, long>())
        {
            Amounts = new Dictionary<string, Amount> { ["procurement.amount"] = amount },
        },
    };

    [Fact]
    public void Of_AmountsInDifferentUnits_SumInYuanAndCountTheOnesWithoutUnit()
    {
        var counters = new Dictionary<string, long>();

        AggregateCounters.Add(counters, AggregateCounters.Of(WithAmount("a", new Amount(75394432.52m, "元", "75394432.52元", AmountUnitSource.Cell))), +1);
        AggregateCounters.Add(counters, AggregateCounters.Of(WithAmount("b", new Amount(8.74m, "万元", "8.74", AmountUnitSource.Header))), +1);
        AggregateCounters.Add(counters, AggregateCounters.Of(WithAmount("c", new Amount(75394432.52m, null, "75394432.52"))), +1);

        Assert.Equal(7_548_183_252L, counters["amount.procurement.amount.fen"]); // 75394432.52 元 + 87400 元, in 分
        Assert.Equal(2, counters["amount.procurement.amount.reports"]);
        Assert.Equal(1, counters["amount.procurement.amount.no-unit"]);
    }
}
