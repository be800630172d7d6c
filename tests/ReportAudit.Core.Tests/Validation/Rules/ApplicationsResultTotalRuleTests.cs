using ReportAudit.Core.Validation;
using ReportAudit.Core.Validation.Rules;

namespace ReportAudit.Core.Tests.Validation.Rules;

public sealed class ApplicationsResultTotalRuleTests
{
    [Theory]
    [InlineData(4, RuleState.Passed)]
    [InlineData(3, RuleState.Fired)]
    [InlineData(5, RuleState.Fired)]
    public void Evaluate_ResultTotal_MustEqualSumOfResults(int total, RuleState expected)
    {
        // Arrange: sample 002, disclosed 1 + unavailable.1 3 = 4.
        var report = ReportBuilder.Valid2019()
            .Applications("result.disclosed", "natural", 1)
            .Applications("result.unavailable.1", "natural", 3)
            .Applications("result.total", "natural", total)
            .Build();

        // Act
        var (state, findings) = RuleRunner.Run(new ApplicationsResultTotalRule(), report);

        // Assert
        Assert.Equal(expected, state);
        if (expected == RuleState.Fired)
        {
            var finding = Assert.Single(findings);
            Assert.Equal(("result.total", "natural", "4"), (finding.Row, finding.Column, finding.Expected));
            Assert.Contains("（一）予以公开 1 + （四）无法提供 1.本机关不掌握相关政府信息 3 = 4", finding.MessageZh, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Evaluate_2021OtherRows_AreCounted()
    {
        var report = ReportBuilder.Valid2021().Applications("result.other.3", "total", 2).Applications("result.total", "total", 2).Build();

        var (state, _) = RuleRunner.Run(new ApplicationsResultTotalRule(), report);

        Assert.Equal(RuleState.Passed, state);
    }

    [Fact]
    public void Evaluate_NoResultTotalRow_NotAssessable()
    {
        var (state, _) = RuleRunner.Run(new ApplicationsResultTotalRule(), ReportBuilder.Valid2021().Remove(3, "result.total").Build());

        Assert.Equal(RuleState.NotAssessable, state);
    }
}
