using ReportAudit.Core.Validation;
using ReportAudit.Core.Validation.Rules;

namespace ReportAudit.Core.Tests.Validation.Rules;

public sealed class LateRuleTests
{
    [Theory]
    // A government's report for its whole level: by 31 March. 5 March is on time.
    [InlineData("某市2022年政府信息公开工作年度报告", "某市人民政府办公室", "2023-03-05", RuleState.Passed)]
    [InlineData("某区人民政府2022年政府信息公开工作年度报告", null, "2023-03-31", RuleState.Passed)]
    [InlineData("某区人民政府2022年政府信息公开工作年度报告", null, "2023-04-01", RuleState.Fired)]
    // A department's own report, a government office's included: by 31 January.
    [InlineData("2022年政府信息公开工作年度报告", "安居区人民政府办公室", "2023-01-31", RuleState.Passed)]
    [InlineData("2022年政府信息公开工作年度报告", "安居区人民政府办公室", "2023-02-01", RuleState.Fired)]
    [InlineData("某市人民政府办公室2022年政府信息公开工作年度报告", null, "2023-03-05", RuleState.Fired)]
    [InlineData("2022年政府信息公开工作年度报告", "凉州区城市管理综合执法局", "2023-03-05", RuleState.Fired)]
    // Townships and street offices: local rules, mostly 31 January.
    [InlineData("2022年政府信息公开工作年度报告", "安泰街道办事处", "2023-01-04", RuleState.Passed)]
    [InlineData("2022年政府信息公开工作年度报告", "安泰街道办事处", "2023-02-15", RuleState.Fired)]
    public void Evaluate_PublicationDate_AgainstTheDeadlineForTheKindOfBody(string title, string? body, string published, RuleState expected)
    {
        // Arrange
        var builder = ReportBuilder.Valid2021();
        builder.Title = title;
        builder.Body = body;
        builder.PublishedOn = DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture);

        // Act
        var (state, findings) = RuleRunner.Run(new LateRule(), builder.Build());

        // Assert
        Assert.Equal(expected, state);
        Assert.Equal(expected == RuleState.Fired ? 1 : 0, findings.Count);
    }

    [Fact]
    public void Evaluate_Late_SaysWhichDeadlineAndWhy()
    {
        var builder = ReportBuilder.Valid2021();
        builder.Title = "某区人民政府2022年政府信息公开工作年度报告";
        builder.PublishedOn = new DateOnly(2023, 4, 3);

        var (_, findings) = RuleRunner.Run(new LateRule(), builder.Build());

        var finding = Assert.Single(findings);
        Assert.Equal(("≤ 2023-03-31", "2023-04-03"), (finding.Expected, finding.Actual));
        Assert.Contains("3 天", finding.MessageZh, StringComparison.Ordinal);
        Assert.Contains("某区人民政府", finding.MessageZh, StringComparison.Ordinal);
        Assert.Contains("government", finding.MessageEn, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("government", "03-31", RuleState.Passed)]
    [InlineData("department", "02-28", RuleState.Passed)]
    [InlineData("department", "01-31", RuleState.Fired)]
    public void Evaluate_Configuration_OverridesKindAndDeadline(string kind, string deadline, RuleState expected)
    {
        // Arrange: a department's report published 20 February.
        var builder = ReportBuilder.Valid2021();
        builder.Body = "某区发展和改革局";
        builder.PublishedOn = new DateOnly(2023, 2, 20);
        var options = new ValidationOptions();
        options.BodyKinds["某区发展和改革局"] = kind;
        options.Deadlines["department"] = deadline;

        // Act
        var (state, _) = RuleRunner.Run(new LateRule(), builder.Build(), options: options);

        // Assert
        Assert.Equal(expected, state);
    }

    [Fact]
    public void Evaluate_NoDate_NotAssessable()
    {
        var builder = ReportBuilder.Valid2021();
        builder.PublishedOn = null;

        var (state, _) = RuleRunner.Run(new LateRule(), builder.Build());

        Assert.Equal(RuleState.NotAssessable, state);
    }
}
