using ReportAudit.Core.Storage;
using ReportAudit.Core.Digest;
using ReportAudit.Core.Validation;
using static ReportAudit.Core.Tests.Digest.DigestFixtures;

namespace ReportAudit.Core.Tests.Digest;

public sealed class DigestSnapshotTests
{
    private static DigestSnapshot Sample() => Snapshot(
        thisWeek:
        [
            Report("a1", "hebei", "石家庄市人民政府办公室", Verdict.Failed, InW47(1), errors: 3, fired: ["balance.applications", "date.late"]),
            Report("a2", "hebei", "保定市人民政府办公室", Verdict.Passed, InW47(2)),
            Report("a3", "tianjin", "静海区人民政府办公室", Verdict.Failed, InW47(3), errors: 1, dateStatus: DateStatus.Impossible, fired: ["balance.applications"]),
            Report("a4", "tianjin", null, Verdict.Unparseable, InW47(4), year: null),
            Report("a5", "hebei", "廊坊市人民政府办公室", Verdict.Warnings, InW47(5), dateStatus: DateStatus.Late, fired: ["date.late"]),
        ],
        lastWeek:
        [
            Report("b1", "hebei", "唐山市人民政府办公室", Verdict.Failed, InW47(-3), errors: 2),
            Report("b2", "tianjin", "和平区人民政府办公室", Verdict.Passed, InW47(-4)),
        ],
        roster:
        [
            Roster("石家庄市人民政府办公室", "hebei"),
            Roster("张家口市人民政府办公室", "hebei", "government"),
            Roster("静海区人民政府办公室", "tianjin"),
            Roster("北辰区人民政府办公室", "tianjin", "township"),
        ],
        findings: new Dictionary<string, IReadOnlyList<Finding>>
        {
            ["a1"] =
            [
                new Finding("form.notice", Severity.Notice, "提示", "notice"),
                new Finding("balance.applications", Severity.Error, "收支不平衡", "unbalanced", 3, "new", "total", "12", "10"),
                new Finding("date.late", Severity.Warning, "逾期", "late"),
                new Finding("balance.other", Severity.Error, "另一个错误", "other"),
            ],
        });

    [Fact]
    public void For_AllRegions_CountsTheWeekAndTheWeekBefore()
    {
        var data = Sample().For([]);

        Assert.Equal(5, data.Received);
        Assert.Equal(5, data.Processed);
        Assert.Equal(new VerdictCounts(1, 1, 2, 1), data.ThisWeek);
        Assert.Equal(new VerdictCounts(1, 0, 1, 0), data.LastWeek);
        Assert.Equal(["a1", "a3"], data.FailedReports.Select(r => r.ReportId));
        Assert.Equal(["a3", "a5"], data.DateProblems.Select(r => r.ReportId));
        Assert.Equal(new Uri("https://audit.example.test/api/dashboard#/report/a1"), data.FailedReports[0].Link);
    }

    [Fact]
    public void For_FailedReport_KeepsTheWorstFindingsFirst()
    {
        var failed = Sample().For([]).FailedReports[0];

        Assert.Equal(["balance.applications", "balance.other", "date.late"], failed.WorstFindings.Select(f => f.RuleId));
    }

    [Fact]
    public void For_OneRegion_LeavesOtherRegionsOut()
    {
        var data = Sample().For(["tianjin"]);

        Assert.Equal(["tianjin"], data.Regions);
        Assert.Equal(2, data.Received);
        Assert.Equal(new VerdictCounts(0, 0, 1, 1), data.ThisWeek);
        Assert.Equal(new VerdictCounts(1, 0, 0, 0), data.LastWeek);
        Assert.Equal("静海区人民政府办公室", Assert.Single(data.FailedReports).Body);
        Assert.Equal(2, data.RosterSize);
    }

    [Fact]
    public void For_Roster_ListsBodiesWithoutAReportForTheReportingYear()
    {
        var data = Sample().For([]);

        Assert.Equal(2025, data.ReportingYear);
        Assert.Equal(4, data.RosterSize);
        Assert.Equal(2, data.MissingCount);
        Assert.Equal(["北辰区人民政府办公室", "张家口市人民政府办公室"], data.MissingBodies.Select(b => b.Body));
        Assert.Equal(new DateOnly(2026, 1, 31), data.MissingBodies[0].Deadline);
        Assert.Equal(-296, data.MissingBodies[0].DaysLeft);
        Assert.Equal("township", data.MissingBodies[0].Kind);
        Assert.Equal(new DateOnly(2026, 3, 31), data.MissingBodies[1].Deadline);
        Assert.Equal(-237, data.MissingBodies[1].DaysLeft);
    }

    [Fact]
    public void For_GovernmentOnTheRoster_UsesItsOwnDeadline()
    {
        var data = Snapshot(thisWeek: [], roster: [Roster("某县人民政府", "hebei", "government"), Roster("某县财政局", "hebei")]).For([]);

        Assert.Equal(["某县财政局", "某县人民政府"], data.MissingBodies.Select(b => b.Body));
        Assert.Equal(new DateOnly(2026, 3, 31), data.MissingBodies[1].Deadline);
        Assert.Equal(-237, data.MissingBodies[1].DaysLeft);
    }

    [Fact]
    public void For_ReportOfAnOlderYear_DoesNotCountAsThisYearsReport()
    {
        var snapshot = Snapshot(
            thisWeek: [Report("x", "hebei", "张家口市人民政府办公室", Verdict.Passed, InW47(1), year: 2024)],
            roster: [Roster("张家口市人民政府办公室", "hebei")]);

        var data = snapshot.For([]);

        Assert.Equal(1, data.MissingCount);
    }

    [Fact]
    public void For_FiredRules_CountsReportsPerRuleMostFirstWithTitles()
    {
        var data = Sample().For([]);

        Assert.Equal(
            [new DigestRuleCount("balance.applications", "申请数量收支平衡", 2), new DigestRuleCount("date.late", "date.late", 2)],
            data.TopRules);
    }
}
