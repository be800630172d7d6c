using ReportAudit.Core.Model;
using ReportAudit.Core.Validation;
using ReportAudit.Core.Validation.Rules;

namespace ReportAudit.Core.Tests.Validation.Rules;

public sealed class VersionChangedRuleTests
{
    private static (RuleState State, IReadOnlyList<Finding> Findings) Run(AnnualReport report, VersionChange? change)
    {
        var result = new ReportValidator([new VersionChangedRule()], new ValidationOptions()).Validate(report, null, versionChange: change);
        return (result.Outcomes.Single().State, result.Findings);
    }

    [Fact]
    public void Evaluate_FirstVersion_Passes()
    {
        var (state, findings) = Run(ReportBuilder.Valid2021().Build(), null);

        Assert.Equal(RuleState.Passed, state);
        Assert.Empty(findings);
    }

    [Fact]
    public void Evaluate_NewVersionWithoutChangedContent_Passes()
    {
        var (state, _) = Run(ReportBuilder.Valid2021().Build(), new VersionChange(2, 1, "r1", [], []));

        Assert.Equal(RuleState.Passed, state);
    }

    [Fact]
    public void Evaluate_ChangedCells_NoticeInTheTemplatesLabels()
    {
        // Arrange
        var report = ReportBuilder.Valid2021().ApplicationsRow("new", 9, 0, 0, 0, 0, 0, 9).Build();
        var change = new VersionChange(2, 1, "r1", [new ChangedCell("applications", "new", "natural", "5", "9"), new ChangedCell("reviewLitigation", "review", "upheld", "", "1")], [1]);

        // Act
        var (state, findings) = Run(report, change);

        // Assert
        var finding = Assert.Single(findings);
        Assert.Equal(RuleState.Fired, state);
        Assert.Equal(("version.changed", Severity.Notice, "1", "2"), (finding.RuleId, finding.Severity, finding.Expected, finding.Actual));
        Assert.Contains("第三部分“一、本年新收政府信息公开申请数量 · 自然人”由“5”改为“9”", finding.MessageZh, StringComparison.Ordinal);
        Assert.Contains("第四部分“行政复议 · 结果维持”由（空白）改为“1”", finding.MessageZh, StringComparison.Ordinal);
        Assert.Contains("第一部分的文字有改动", finding.MessageZh, StringComparison.Ordinal);
        Assert.Contains("section 三 “一、本年新收政府信息公开申请数量 · 自然人” “5” → “9”", finding.MessageEn, StringComparison.Ordinal);
        Assert.DoesNotContain("natural", finding.MessageEn, StringComparison.Ordinal);
        Assert.Equal([report.Applications["new", "natural"]!.Location, report.ReviewLitigation["review", "upheld"]!.Location], finding.Cells);
    }

    [Fact]
    public void Evaluate_ManyChangedCells_MessageCountsThemAll()
    {
        var cells = TemplateCatalog.ApplicantColumns.Select(c => new ChangedCell("applications", "carried_out", c, "0", null)).ToList();

        var (_, findings) = Run(ReportBuilder.Valid2021().Build(), new VersionChange(3, 2, "r2", cells, [], MoreCells: 5));

        Assert.Contains($"改动了 {cells.Count + 5} 个表格单元格", Assert.Single(findings).MessageZh, StringComparison.Ordinal);
        Assert.Contains("（无此格）", findings[0].MessageZh, StringComparison.Ordinal);
        Assert.Equal(3, findings[0].Section);
    }
}
