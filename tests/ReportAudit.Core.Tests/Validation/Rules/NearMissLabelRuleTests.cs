using ReportAudit.Core.Model;
using ReportAudit.Core.Validation;
using ReportAudit.Core.Validation.Rules;

namespace ReportAudit.Core.Tests.Validation.Rules;

public sealed class NearMissLabelRuleTests
{
    [Theory]
    [InlineData("label.near-miss", RuleState.Fired)]
    [InlineData("label.by-position", RuleState.Fired)]
    [InlineData("meta.no-date", RuleState.Passed)]
    public void Evaluate_ParserNotice_FiresOnlyForNearMissLabels(string code, RuleState expected)
    {
        // Arrange
        var report = ReportBuilder.Valid2021()
            .Notice(new ParseNotice(code, NoticeLevel.Info, "标签“予已公开”", "label '予已公开'", 3, "result.disclosed", SourceLocation.AtLine(91)))
            .Build();

        // Act
        var (state, findings) = RuleRunner.Run(new NearMissLabelRule(), report);

        // Assert
        Assert.Equal(expected, state);
        if (expected == RuleState.Fired)
        {
            var finding = Assert.Single(findings);
            Assert.Equal((Severity.Notice, "result.disclosed", 91), (finding.Severity, finding.Row, finding.Cells![0].Line));
        }
    }
}
