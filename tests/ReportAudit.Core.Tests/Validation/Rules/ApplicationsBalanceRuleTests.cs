using ReportAudit.Core.Validation;
using ReportAudit.Core.Validation.Rules;

namespace ReportAudit.Core.Tests.Validation.Rules;

public sealed class ApplicationsBalanceRuleTests
{
    /// <summary>new 5 + carried_in 0 = result.total 4 + carried_out 1 (as in sample 002), with one part of the results changed.</summary>
    private static ReportBuilder Balanced(decimal carriedOut) => ReportBuilder.Valid2021()
        .ApplicationsRow("new", 5, 0, 0, 0, 0, 0, 5)
        .ApplicationsRow("result.disclosed", 1, 0, 0, 0, 0, 0, 1)
        .ApplicationsRow("result.unavailable.1", 3, 0, 0, 0, 0, 0, 3)
        .ApplicationsRow("result.total", 4, 0, 0, 0, 0, 0, 4)
        .ApplicationsRow("carried_out", carriedOut, 0, 0, 0, 0, 0, carriedOut);

    [Theory]
    [InlineData(1, RuleState.Passed)]
    [InlineData(0, RuleState.Fired)]
    [InlineData(2, RuleState.Fired)]
    public void Evaluate_CarriedOut_BalancesOnlyAtOne(int carriedOut, RuleState expected)
    {
        // Act
        var (state, findings) = RuleRunner.Run(new ApplicationsBalanceRule(), Balanced(carriedOut).Build());

        // Assert
        Assert.Equal(expected, state);
        Assert.Equal(expected == RuleState.Fired ? ["natural", "total"] : Array.Empty<string>(), findings.Select(f => f.Column).ToArray());
    }

    [Fact]
    public void Evaluate_Unbalanced_MessageShowsTheNumbers()
    {
        // Arrange
        var report = Balanced(1).ApplicationsRow("carried_in", 1, 0, 0, 0, 0, 0, 1).Build();

        // Act
        var (_, findings) = RuleRunner.Run(new ApplicationsBalanceRule(), report);

        // Assert
        var natural = findings.Single(f => f.Column == "natural");
        Assert.Equal(("6", "5"), (natural.Expected, natural.Actual));
        Assert.Contains("第一项+第二项 = 5+1 = 6，第三项+第四项 = 4+1 = 5，差 1", natural.MessageZh, StringComparison.Ordinal);
        Assert.Equal(4, natural.Cells!.Count);
    }

    [Fact]
    public void Evaluate_BlanksInOtherColumns_NotMentioned()
    {
        // Arrange: carried_in/natural blank counts as 0 and the column still balances at 5 = 4 + 1; carried_out/research blank too.
        var report = Balanced(1).Applications("carried_in", "natural", null).Applications("carried_out", "research", null).Applications("result.total", "commercial", 1).Build();

        // Act
        var (_, findings) = RuleRunner.Run(new ApplicationsBalanceRule(), report);

        // Assert
        var finding = Assert.Single(findings);
        Assert.Equal("commercial", finding.Column);
        Assert.DoesNotContain("空白", finding.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_WholeTotalColumnBlank_TakesTotalsFromParts()
    {
        // Arrange
        var builder = Balanced(1);
        foreach (var row in new[] { "new", "carried_in", "result.total", "carried_out" })
        {
            builder.Applications(row, "total", null);
        }

        // Act
        var (state, _) = RuleRunner.Run(new ApplicationsBalanceRule(), builder.Build());

        // Assert
        Assert.Equal(RuleState.Passed, state);
    }

    [Fact]
    public void Evaluate_BlankMentioned_WhenAnUnbalancedColumnHasABlank()
    {
        var report = Balanced(1).Applications("carried_out", "natural", null).Build();

        var (_, findings) = RuleRunner.Run(new ApplicationsBalanceRule(), report);

        var natural = findings.Single(f => f.Column == "natural");
        Assert.Contains("空白格按 0 计：四、结转下年度继续办理 · 自然人", natural.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_RowMissing_NotAssessable()
    {
        var (state, _) = RuleRunner.Run(new ApplicationsBalanceRule(), Balanced(1).Remove(3, "carried_out").Build());

        Assert.Equal(RuleState.NotAssessable, state);
    }
}
