using ReportAudit.Core.Validation;
using ReportAudit.Core.Validation.Rules;

namespace ReportAudit.Core.Tests.Validation.Rules;

public sealed class YearMismatchRuleTests
{
    [Theory]
    [InlineData(2022, 2022, RuleState.Passed)]
    [InlineData(2022, 2021, RuleState.Fired)]
    [InlineData(null, 2022, RuleState.NotAssessable)]
    [InlineData(2022, null, RuleState.NotAssessable)]
    public void Evaluate_TitleAndNarrativeYears(int? title, int? narrative, RuleState expected)
    {
        // Arrange
        var builder = ReportBuilder.Valid2021();
        builder.TitleYear = title;
        builder.NarrativeYear = narrative;

        // Act
        var (state, findings) = RuleRunner.Run(new YearMismatchRule(), builder.Build());

        // Assert
        Assert.Equal(expected, state);
        if (expected == RuleState.Fired)
        {
            Assert.Equal(("2022", "2021"), (Assert.Single(findings).Expected, findings[0].Actual));
        }
    }
}
