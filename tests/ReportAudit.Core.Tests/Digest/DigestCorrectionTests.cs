using ReportAudit.Core.Digest;
using ReportAudit.Core.Tracking;
using static ReportAudit.Core.Tests.Digest.DigestFixtures;
using ReportAudit.Core.Validation;

namespace ReportAudit.Core.Tests.Digest;

/// <summary>The week's corrected findings in the digest: cut by region, listed with the rule's title, and no section in a week without any.</summary>
public sealed class DigestCorrectionTests
{
    private static TrackedFinding Corrected(string reportId, string region, string body, string rule) => new(
        reportId, rule + ":3:carried_out:total", rule, body, body, region, 2021, FindingState.Corrected, new DateOnly(2026, 11, 30),
        [new FindingStateChange(FindingState.Corrected, "第2版 version 2", InW47(2), null)]);

    [Fact]
    public void For_CorrectedInTheWeek_ListsThoseOfTheRegionWithTheRuleTitle()
    {
        var snapshot = Snapshot(
            thisWeek: [Report("e2", "gansu", "凉州区城市管理综合执法局", Verdict.Passed, InW47(2))],
            corrected:
            [
                Corrected("r1", "gansu", "凉州区城市管理综合执法局", "balance.applications"),
                Corrected("r2", "hebei", "保定市人民政府办公室", "plausibility.regulations-power"),
            ]);

        var gansu = snapshot.For(["gansu"]);
        var all = snapshot.For([]);

        var only = Assert.Single(gansu.Corrected);
        Assert.Equal(("凉州区城市管理综合执法局", "gansu", 2021, "balance.applications", "申请数量收支平衡"), (only.Body, only.Region, only.Year, only.RuleId, only.RuleTitle));
        Assert.Equal(["balance.applications", "plausibility.regulations-power"], all.Corrected.Select(c => c.RuleId).ToArray());
        Assert.Equal("plausibility.regulations-power", all.Corrected[1].RuleTitle);
        var text = DigestComposer.Compose(gansu).Text;
        Assert.Contains("== 本周已整改的问题（1） ==\n- 凉州区城市管理综合执法局（gansu，2021）：balance.applications 申请数量收支平衡", text.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("本周已整改的问题（1）", DigestComposer.Compose(gansu).Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_WeekWithoutCorrections_HasNoCorrectionSection()
    {
        var data = Snapshot(thisWeek: [Report("e2", "gansu", "凉州区城市管理综合执法局", Verdict.Passed, InW47(2))]).For([]);

        var message = DigestComposer.Compose(data);

        Assert.Empty(data.Corrected);
        Assert.DoesNotContain("已整改", message.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("已整改", message.Html, StringComparison.Ordinal);
    }
}
