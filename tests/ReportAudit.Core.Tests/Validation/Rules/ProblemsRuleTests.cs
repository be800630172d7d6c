using ReportAudit.Core.Validation;
using ReportAudit.Core.Validation.Rules;

namespace ReportAudit.Core.Tests.Validation.Rules;

public sealed class ProblemsRuleTests
{
    [Theory]
    [InlineData("无。", RuleState.Fired)]
    [InlineData("暂无", RuleState.Fired)]
    [InlineData("本年度无。", RuleState.Fired)]
    [InlineData("工作有待加强，将继续改进。", RuleState.Fired)]
    [InlineData("存在的问题：主动公开的及时性有待提高，政策解读形式单一。下一步将建立公开台账，每月核查栏目更新情况，并增加图解解读。", RuleState.Passed)]
    public void Evaluate_SectionFive_NoticeWhenNothingOrTooShort(string text, RuleState expected)
    {
        // Arrange
        var report = ReportBuilder.Valid2021().Section(5, text).Build();

        // Act
        var (state, findings) = RuleRunner.Run(new ProblemsRule(), report);

        // Assert
        Assert.Equal(expected, state);
        Assert.All(findings, f => Assert.Equal((Severity.Notice, 5), (f.Severity, f.Section!.Value)));
    }

    [Fact]
    public void Evaluate_TooShort_SaysHowShort()
    {
        var report = ReportBuilder.Valid2021().Section(5, "工作有待加强，将继续改进。").Build();

        var finding = Assert.Single(RuleRunner.Run(new ProblemsRule(), report).Findings);

        Assert.Equal(("≥ 40", "11"), (finding.Expected, finding.Actual));
        Assert.Contains("只有 11 字（少于 40 字）", finding.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_Missing_Notice()
    {
        var (state, findings) = RuleRunner.Run(new ProblemsRule(), ReportBuilder.Valid2021().Section(5, null).Build());

        Assert.Equal(RuleState.Fired, state);
        Assert.Contains("没有第五部分", Assert.Single(findings).MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_MinimumConfigured_Applies()
    {
        var report = ReportBuilder.Valid2021().Section(5, "工作有待加强，将继续改进。").Build();

        var (state, _) = RuleRunner.Run(new ProblemsRule(), report, options: new ValidationOptions { ProblemsMinimumCharacters = 10 });

        Assert.Equal(RuleState.Passed, state);
    }
}
