using ReportAudit.Core.Validation;
using ReportAudit.Core.Validation.Rules;

namespace ReportAudit.Core.Tests.Validation.Rules;

public sealed class SectionsRuleTests
{
    [Theory]
    [InlineData(0, RuleState.Passed)]
    [InlineData(5, RuleState.Fired)]
    [InlineData(1, RuleState.Fired)]
    public void Evaluate_MissingSection_FiresOnlyWhenOneIsMissing(int missing, RuleState expected)
    {
        // Arrange
        var builder = ReportBuilder.Valid2021();
        if (missing > 0)
        {
            builder.Section(missing, null);
        }

        // Act
        var (state, findings) = RuleRunner.Run(new SectionsRule(), builder.Build());

        // Assert
        Assert.Equal(expected, state);
        if (missing > 0)
        {
            Assert.Equal(missing, Assert.Single(findings).Section);
        }
    }
}
