using ReportAudit.Core.Validation;
using ReportAudit.Core.Validation.Rules;

namespace ReportAudit.Core.Tests.Validation.Rules;

public sealed class FeeStatementRuleTests
{
    [Theory]
    [InlineData("2023年度本机关未收取信息处理费。", RuleState.Passed)]
    [InlineData("本年度收取信息處理費200元。", RuleState.Passed)]
    [InlineData("无其他需要报告的事项。", RuleState.Fired)]
    [InlineData(null, RuleState.NotAssessable)]
    public void Evaluate_SectionSix_MustStateFees(string? text, RuleState expected)
    {
        // Arrange
        var report = ReportBuilder.Valid2021().Section(6, text).Build();

        // Act
        var (state, findings) = RuleRunner.Run(new FeeStatementRule(), report);

        // Assert
        Assert.Equal(expected, state);
        if (expected == RuleState.Fired)
        {
            Assert.Equal((Severity.Notice, 6), (Assert.Single(findings).Severity, findings[0].Section!.Value));
        }
    }

    [Fact]
    public void Evaluate_2019Template_NotAssessable()
    {
        var (state, _) = RuleRunner.Run(new FeeStatementRule(), ReportBuilder.Valid2019().Section(6, "无").Build());

        Assert.Equal(RuleState.NotAssessable, state);
    }
}
