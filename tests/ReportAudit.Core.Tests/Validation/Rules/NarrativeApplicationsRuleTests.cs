using ReportAudit.Core.Validation;
using ReportAudit.Core.Validation.Rules;

namespace ReportAudit.Core.Tests.Validation.Rules;

public sealed class NarrativeApplicationsRuleTests
{
    /// <summary>new 1, carried_in 1, result.total 2, carried_out 0 (sample 000's table).</summary>
    private static ReportBuilder Table() => ReportBuilder.Valid2021()
        .ApplicationsRow("new", 1, 0, 0, 0, 0, 0, 1)
        .ApplicationsRow("carried_in", 1, 0, 0, 0, 0, 0, 1)
        .ApplicationsRow("result.disclosed", 2, 0, 0, 0, 0, 0, 2)
        .ApplicationsRow("result.total", 2, 0, 0, 0, 0, 0, 2);

    [Theory]
    [InlineData("2022年,收到依申请公开1件,上年结转1件,现已全部办结2件,办结率100%。", RuleState.Passed, "")]
    [InlineData("2022年,共收到政府信息公开申请2件,全部办结。", RuleState.Passed, "")]
    [InlineData("2022年,收到依申请公开1件,上年结转0件,现已全部办结1件,办结率100%。", RuleState.Fired, "carried_in,result.total")]
    [InlineData("2022年,收到依申请公开3件。", RuleState.Fired, "new")]
    [InlineData("2022年,共办理依申请公开7件。", RuleState.NotAssessable, "")]
    [InlineData("2022年,办理群众来信80件,收到意见建议9件。", RuleState.NotAssessable, "")]
    public void Evaluate_Narrative_ComparedWithTable(string text, RuleState expected, string rows)
    {
        // Arrange
        var report = Table().Section(1, text).Build();

        // Act
        var (state, findings) = RuleRunner.Run(new NarrativeApplicationsRule(), report);

        // Assert
        Assert.Equal(expected, state);
        Assert.Equal(rows, string.Join(',', findings.Select(f => f.Row)));
    }

    [Fact]
    public void Evaluate_CarriedInMismatch_FindingHasBothNumbers()
    {
        var report = Table().Section(1, "2022年,收到依申请公开1件,上年结转0件。").Build();

        var (_, findings) = RuleRunner.Run(new NarrativeApplicationsRule(), report);

        var finding = Assert.Single(findings);
        Assert.Equal(("1", "0", 1), (finding.Expected, finding.Actual, finding.Section!.Value));
        Assert.Contains("上年结转0件", finding.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_BlankTotalCell_ComparesWithItsParts()
    {
        var report = Table().Applications("carried_in", "total", null).Section(1, "上年结转申请0件。").Build();

        var (_, findings) = RuleRunner.Run(new NarrativeApplicationsRule(), report);

        Assert.Equal("1", Assert.Single(findings).Expected);
    }

    [Fact]
    public void Evaluate_BlankTotalAndParts_NotAssessable()
    {
        var report = Table().ApplicationsRow("carried_in", null, null, null, null, null, null, null).Section(1, "上年结转申请0件。").Build();

        var (state, _) = RuleRunner.Run(new NarrativeApplicationsRule(), report);

        Assert.Equal(RuleState.NotAssessable, state);
    }

    [Fact]
    public void Evaluate_NoSectionOne_NotAssessable()
    {
        var (state, _) = RuleRunner.Run(new NarrativeApplicationsRule(), Table().Section(1, null).Build());

        Assert.Equal(RuleState.NotAssessable, state);
    }
}
