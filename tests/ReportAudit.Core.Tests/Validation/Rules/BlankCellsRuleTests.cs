using ReportAudit.Core.Validation;
using ReportAudit.Core.Validation.Rules;

namespace ReportAudit.Core.Tests.Validation.Rules;

public sealed class BlankCellsRuleTests
{
    [Fact]
    public void Evaluate_NoBlank_Passes()
    {
        var (state, findings) = RuleRunner.Run(new BlankCellsRule(), ReportBuilder.Valid2021().Build());

        Assert.Equal(RuleState.Passed, state);
        Assert.Empty(findings);
    }

    [Fact]
    public void Evaluate_OneBlank_OneNoticeAtThatCell()
    {
        // Arrange
        var report = ReportBuilder.Valid2021().Applications("result.other.3", "other", null).Build();

        // Act
        var (state, findings) = RuleRunner.Run(new BlankCellsRule(), report);

        // Assert
        Assert.Equal(RuleState.Fired, state);
        var finding = Assert.Single(findings);
        Assert.Equal((Severity.Notice, 3, "result.other.3", "other"), (finding.Severity, finding.Section!.Value, finding.Row, finding.Column));
        Assert.Contains("第三部分 （六）其他处理 3.其他 · 其他", finding.MessageZh, StringComparison.Ordinal);
        Assert.Single(finding.Cells!);
    }

    [Fact]
    public void Evaluate_BlankTotalColumn_OneNoticeListingEveryCell()
    {
        // Arrange
        var builder = ReportBuilder.Valid2021();
        foreach (var row in new[] { "new", "carried_in", "result.total", "carried_out" })
        {
            builder.Applications(row, "total", null);
        }

        // Act
        var (_, findings) = RuleRunner.Run(new BlankCellsRule(), builder.Build());

        // Assert
        var finding = Assert.Single(findings);
        Assert.Equal("4", finding.Actual);
        Assert.Equal(4, finding.Cells!.Count);
    }
}
