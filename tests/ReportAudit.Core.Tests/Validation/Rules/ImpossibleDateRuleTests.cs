using ReportAudit.Core.Model;
using ReportAudit.Core.Validation;
using ReportAudit.Core.Validation.Rules;

namespace ReportAudit.Core.Tests.Validation.Rules;

public sealed class ImpossibleDateRuleTests
{
    [Theory]
    [InlineData("2022-01-04", RuleState.Passed)]
    [InlineData("2022-01-01", RuleState.Passed)]
    [InlineData("2021-12-31", RuleState.Fired)]
    [InlineData("2020-01-18", RuleState.Fired)]
    public void Evaluate_DateOfA2021Report_FiresBeforeTheYearEnded(string published, RuleState expected)
    {
        // Arrange
        var builder = ReportBuilder.Valid2021();
        builder.Year = 2021;
        builder.PublishedOn = DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture);
        builder.PublishedOnSource = PublishedSource.Signature;

        // Act
        var (state, findings) = RuleRunner.Run(new ImpossibleDateRule(), builder.Build());

        // Assert
        Assert.Equal(expected, state);
        if (expected == RuleState.Fired)
        {
            var finding = Assert.Single(findings);
            Assert.Equal((Severity.Error, published), (finding.Severity, finding.Actual));
            Assert.Contains("落款日期", finding.MessageZh, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Evaluate_NoDate_NotAssessable()
    {
        var builder = ReportBuilder.Valid2021();
        builder.PublishedOn = null;

        var (state, _) = RuleRunner.Run(new ImpossibleDateRule(), builder.Build());

        Assert.Equal(RuleState.NotAssessable, state);
    }
}
