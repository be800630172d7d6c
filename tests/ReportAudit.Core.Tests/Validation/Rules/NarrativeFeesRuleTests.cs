using ReportAudit.Core.Validation;
using ReportAudit.Core.Validation.Rules;

namespace ReportAudit.Core.Tests.Validation.Rules;

public sealed class NarrativeFeesRuleTests
{
    [Theory]
    [InlineData("本年度未收取信息处理费。", 0, RuleState.Passed)]
    [InlineData("本年度未收取信息处理费。", 2, RuleState.Fired)]
    [InlineData("无其他需要报告的事项。", 2, RuleState.NotAssessable)]
    [InlineData("本机关依法收取信息处理费300元。", 2, RuleState.NotAssessable)]
    public void Evaluate_NoFeeStatement_AgainstFeeNotices(string sectionSix, int feeNotices, RuleState expected)
    {
        // Arrange
        var report = ReportBuilder.Valid2021()
            .ApplicationsRow("result.other.2", feeNotices, 0, 0, 0, 0, 0, feeNotices)
            .Section(6, sectionSix)
            .Build();

        // Act
        var (state, findings) = RuleRunner.Run(new NarrativeFeesRule(), report);

        // Assert
        Assert.Equal(expected, state);
        if (expected == RuleState.Fired)
        {
            Assert.Equal(("result.other.2", "2"), (Assert.Single(findings).Row, findings[0].Actual));
        }
    }

    [Fact]
    public void Evaluate_2019Template_NotAssessable()
    {
        var (state, _) = RuleRunner.Run(new NarrativeFeesRule(), ReportBuilder.Valid2019().Build());

        Assert.Equal(RuleState.NotAssessable, state);
    }
}
