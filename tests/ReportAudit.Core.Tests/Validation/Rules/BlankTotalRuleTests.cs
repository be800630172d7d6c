using ReportAudit.Core.Validation;
using ReportAudit.Core.Validation.Rules;

namespace ReportAudit.Core.Tests.Validation.Rules;

public sealed class BlankTotalRuleTests
{
    [Theory]
    [InlineData(0, RuleState.Passed)]
    [InlineData(3, RuleState.Fired)]
    public void Evaluate_BlankRowTotal_FiresOnlyWhenPartsAreNotZero(int natural, RuleState expected)
    {
        // Arrange
        var report = ReportBuilder.Valid2021().ApplicationsRow("new", natural, 0, 0, 0, 0, 0, null).Build();

        // Act
        var (state, findings) = RuleRunner.Run(new BlankTotalRule(), report);

        // Assert
        Assert.Equal(expected, state);
        if (expected == RuleState.Fired)
        {
            var finding = Assert.Single(findings);
            Assert.Equal(("new", "total", "3"), (finding.Row, finding.Column, finding.Expected));
        }
    }

    [Fact]
    public void Evaluate_BlankReviewTotal_FiresWithTheParts()
    {
        // Arrange
        var report = ReportBuilder.Valid2021().ReviewGroup("review", 1, 1, 0, 0, null).Build();

        // Act
        var (_, findings) = RuleRunner.Run(new BlankTotalRule(), report);

        // Assert
        var finding = Assert.Single(findings);
        Assert.Equal((4, "review", "2"), (finding.Section!.Value, finding.Row, finding.Expected));
        Assert.Contains("1+1+0+0 = 2", finding.MessageZh, StringComparison.Ordinal);
    }
}
