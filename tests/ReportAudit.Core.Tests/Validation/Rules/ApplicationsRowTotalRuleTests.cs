using ReportAudit.Core.Validation;
using ReportAudit.Core.Validation.Rules;

namespace ReportAudit.Core.Tests.Validation.Rules;

public sealed class ApplicationsRowTotalRuleTests
{
    [Theory]
    [InlineData(343, RuleState.Passed)]
    [InlineData(342, RuleState.Fired)]
    [InlineData(344, RuleState.Fired)]
    public void Evaluate_RowTotal_MustEqualSumOfApplicants(int total, RuleState expected)
    {
        // Arrange: sample 001's new row, 335 + 7 + 0 + 1 + 0 + 0 = 343.
        var report = ReportBuilder.Valid2021().ApplicationsRow("new", 335, 7, 0, 1, 0, 0, total).Build();

        // Act
        var (state, findings) = RuleRunner.Run(new ApplicationsRowTotalRule(), report);

        // Assert
        Assert.Equal(expected, state);
        if (expected == RuleState.Fired)
        {
            var finding = Assert.Single(findings);
            Assert.Equal(("new", "total", "343", total.ToString(System.Globalization.CultureInfo.InvariantCulture)), (finding.Row, finding.Column, finding.Expected, finding.Actual));
        }
    }

    [Fact]
    public void Evaluate_BlankPartCountedAsZero_PassesAndWouldSaySo()
    {
        // Arrange: sample 001's result.other.3 with the 其他 column blank.
        var passing = ReportBuilder.Valid2021().ApplicationsRow("result.other.3", 10, 0, 0, 0, 0, null, 10).Build();
        var failing = ReportBuilder.Valid2021().ApplicationsRow("result.other.3", 10, 0, 0, 0, 0, null, 11).Build();

        // Act
        var (passState, _) = RuleRunner.Run(new ApplicationsRowTotalRule(), passing);
        var (_, findings) = RuleRunner.Run(new ApplicationsRowTotalRule(), failing);

        // Assert
        Assert.Equal(RuleState.Passed, passState);
        Assert.Contains("空白格按 0 计：（六）其他处理 3.其他 · 其他", Assert.Single(findings).MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_BlankTotal_LeftToBlankTotalRule()
    {
        var report = ReportBuilder.Valid2021().ApplicationsRow("new", 3, 0, 0, 0, 0, 0, null).Build();

        var (state, _) = RuleRunner.Run(new ApplicationsRowTotalRule(), report);

        Assert.Equal(RuleState.Passed, state);
    }
}
