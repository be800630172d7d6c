using ReportAudit.Core.Validation;
using ReportAudit.Core.Validation.Rules;

namespace ReportAudit.Core.Tests.Validation.Rules;

public sealed class NotACountRuleTests
{
    [Theory]
    [InlineData("3", RuleState.Passed)]
    [InlineData("0", RuleState.Passed)]
    [InlineData("2.5", RuleState.Fired)]
    [InlineData("-1", RuleState.Fired)]
    public void Evaluate_ApplicationCell_FiresWhenNotAWholeNonNegativeNumber(string value, RuleState expected)
    {
        // Arrange
        var report = ReportBuilder.Valid2021().Applications("new", "natural", decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)).Build();

        // Act
        var (state, findings) = RuleRunner.Run(new NotACountRule(), report);

        // Assert
        Assert.Equal(expected, state);
        if (expected == RuleState.Fired)
        {
            Assert.Equal(value, Assert.Single(findings).Actual);
        }
    }

    [Fact]
    public void Evaluate_TextInACountCell_Fires()
    {
        var report = ReportBuilder.Valid2021().Text(4, "review", "upheld", "无").Build();

        var (_, findings) = RuleRunner.Run(new NotACountRule(), report);

        Assert.Equal(("review", "upheld"), (Assert.Single(findings).Row, findings[0].Column));
    }

    [Fact]
    public void Evaluate_SignedChangeAndDecimalAmountIn2019Template_Passes()
    {
        var report = ReportBuilder.Valid2019().Active("licensing", "change", -15).Active("procurement", "amount", 38.79m).Build();

        var (state, _) = RuleRunner.Run(new NotACountRule(), report);

        Assert.Equal(RuleState.Passed, state);
    }
}
