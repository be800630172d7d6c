using ReportAudit.Core.Validation;
using ReportAudit.Core.Validation.Rules;

namespace ReportAudit.Core.Tests.Validation.Rules;

public sealed class TemplateOutdatedRuleTests
{
    [Theory]
    [InlineData(2019, RuleState.Passed)]
    [InlineData(2020, RuleState.Passed)]
    [InlineData(2021, RuleState.Fired)]
    [InlineData(2023, RuleState.Fired)]
    public void Evaluate_2019Template_FiresFrom2021(int year, RuleState expected)
    {
        // Arrange
        var builder = ReportBuilder.Valid2019();
        builder.Year = year;

        // Act
        var (state, findings) = RuleRunner.Run(new TemplateOutdatedRule(), builder.Build());

        // Assert
        Assert.Equal(expected, state);
        Assert.Equal(expected == RuleState.Fired ? 1 : 0, findings.Count);
    }

    [Fact]
    public void Evaluate_2021Template_Passes()
    {
        var (state, _) = RuleRunner.Run(new TemplateOutdatedRule(), ReportBuilder.Valid2021().Build());

        Assert.Equal(RuleState.Passed, state);
    }

    [Fact]
    public void Evaluate_NoYear_NotAssessable()
    {
        var builder = ReportBuilder.Valid2019();
        builder.Year = null;

        var (state, _) = RuleRunner.Run(new TemplateOutdatedRule(), builder.Build());

        Assert.Equal(RuleState.NotAssessable, state);
    }
}
