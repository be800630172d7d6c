using ReportAudit.Core.Model;
using ReportAudit.Core.Validation;
using ReportAudit.Core.Validation.Rules;

namespace ReportAudit.Core.Tests.Validation.Rules;

public sealed class RowsRuleTests
{
    [Fact]
    public void Evaluate_CompleteTables_Passes()
    {
        // Act
        var (state, _) = RuleRunner.Run(new RowsRule(), ReportBuilder.Valid2021().Build());

        // Assert
        Assert.Equal(RuleState.Passed, state);
    }

    [Theory]
    [InlineData(3, "result.withheld.4", null, "result.withheld.4", null)]
    [InlineData(3, "carried_out", "research", "carried_out", "research")]
    [InlineData(2, "fees", null, "fees", null)]
    [InlineData(4, "litigation_direct", "pending", "litigation_direct", "pending")]
    public void Evaluate_MissingRowOrColumn_FiresAtThatPlace(int section, string row, string? column, string expectedRow, string? expectedColumn)
    {
        // Arrange
        var report = ReportBuilder.Valid2021().Remove(section, row, column).Build();

        // Act
        var (state, findings) = RuleRunner.Run(new RowsRule(), report);

        // Assert
        Assert.Equal(RuleState.Fired, state);
        var finding = Assert.Single(findings);
        Assert.Equal((section, expectedRow, expectedColumn), (finding.Section!.Value, finding.Row, finding.Column));
    }

    [Fact]
    public void Evaluate_UnknownTemplate_NotAssessable()
    {
        // Arrange
        var report = new ReportBuilder().Build();

        // Act
        var (state, _) = RuleRunner.Run(new RowsRule(), report);

        // Assert
        Assert.Equal(TemplateVersion.Unknown, report.Template);
        Assert.Equal(RuleState.NotAssessable, state);
    }
}
