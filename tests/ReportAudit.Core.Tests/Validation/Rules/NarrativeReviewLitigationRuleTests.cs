using ReportAudit.Core.Validation;
using ReportAudit.Core.Validation.Rules;

namespace ReportAudit.Core.Tests.Validation.Rules;

public sealed class NarrativeReviewLitigationRuleTests
{
    /// <summary>Sample 001's section 四: review 12, litigation 4 + 5 = 9.</summary>
    private static ReportBuilder Table() => ReportBuilder.Valid2021()
        .ReviewGroup("review", 11, 0, 0, 1, 12)
        .ReviewGroup("litigation_direct", 0, 0, 0, 4, 4)
        .ReviewGroup("litigation_after_review", 1, 0, 0, 4, 5);

    [Theory]
    [InlineData("2022年,共办理依申请政府信息公开343件,引发行政复议12件,行政诉讼9件。", RuleState.Passed, "")]
    [InlineData("2022年,共办理依申请政府信息公开343件,引发行政复议11件,行政诉讼9件。", RuleState.Fired, "review")]
    [InlineData("2022年,共办理依申请政府信息公开343件,引发行政复议12件,行政诉讼4件。", RuleState.Fired, "litigation_direct")]
    [InlineData("未收到因政府信息依申请公开的行政复议和行政诉讼案件。", RuleState.Fired, "review,litigation_direct")]
    [InlineData("因政府信息公开引发行政复议和行政诉讼共21件。", RuleState.NotAssessable, "")]
    [InlineData("全年办理行政复议案件120件。", RuleState.NotAssessable, "")]
    public void Evaluate_Narrative_ComparedWithTable(string text, RuleState expected, string rows)
    {
        // Arrange
        var report = Table().Section(1, text).Build();

        // Act
        var (state, findings) = RuleRunner.Run(new NarrativeReviewLitigationRule(), report);

        // Assert
        Assert.Equal(expected, state);
        Assert.Equal(rows, string.Join(',', findings.Select(f => f.Row)));
    }

    [Fact]
    public void Evaluate_NoneStatedAndTableZero_Passes()
    {
        var report = ReportBuilder.Valid2021().Section(1, "今年共处理依申请公开案件5件,没有行政复议和诉讼案件发生,公众满意率100%。").Build();

        var (state, _) = RuleRunner.Run(new NarrativeReviewLitigationRule(), report);

        Assert.Equal(RuleState.Passed, state);
    }
}
