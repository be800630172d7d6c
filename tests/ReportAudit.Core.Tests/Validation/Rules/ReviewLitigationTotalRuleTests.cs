using ReportAudit.Core.Validation;
using ReportAudit.Core.Validation.Rules;

namespace ReportAudit.Core.Tests.Validation.Rules;

public sealed class ReviewLitigationTotalRuleTests
{
    [Theory]
    [InlineData("review", 12, RuleState.Passed)]
    [InlineData("review", 11, RuleState.Fired)]
    [InlineData("litigation_after_review", 13, RuleState.Fired)]
    public void Evaluate_GroupTotal_MustEqualFourResults(string group, int total, RuleState expected)
    {
        // Arrange: sample 001's review group, 11 + 0 + 0 + 1 = 12.
        var report = ReportBuilder.Valid2021().ReviewGroup(group, 11, 0, 0, 1, total).Build();

        // Act
        var (state, findings) = RuleRunner.Run(new ReviewLitigationTotalRule(), report);

        // Assert
        Assert.Equal(expected, state);
        if (expected == RuleState.Fired)
        {
            var finding = Assert.Single(findings);
            Assert.Equal((group, "12"), (finding.Row, finding.Expected));
            Assert.Contains("11+0+0+1 = 12", finding.MessageZh, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Evaluate_NoTable_NotAssessable()
    {
        var builder = ReportBuilder.Valid2021();
        foreach (var group in ReportAudit.Core.Model.TemplateCatalog.ReviewGroups)
        {
            builder.Remove(4, group);
        }

        var (state, _) = RuleRunner.Run(new ReviewLitigationTotalRule(), builder.Build());

        Assert.Equal(RuleState.NotAssessable, state);
    }
}
