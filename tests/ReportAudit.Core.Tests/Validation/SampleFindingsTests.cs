using ReportAudit.Core.Parsing;
using ReportAudit.Core.Validation;

namespace ReportAudit.Core.Tests.Validation;

/// <summary>
/// Every rule on every shared sample, with every finding accounted for: a rule that fires where the report is right,
/// or stops firing where it is wrong, fails here.
/// </summary>
public sealed class SampleFindingsTests
{
    [Theory]
    // 000: the prose says 上年结转0件 and 办结1件; the table says carried_in 1 and result.total 2.
    [InlineData("000", Verdict.Warnings, "narrative.applications:1:carried_in:total|narrative.applications:1:result.total:total")]
    // 001: the blank 其他 cell of 3.其他, the near-miss label 予已公开, and section 六 silent on 信息处理费.
    [InlineData("001", Verdict.Passed, "structure.blank-cells:3:result.other.3:other|structure.near-miss-label:3:result.disclosed|plausibility.fee-statement:6")]
    // 002: a correct 2019 report on the 2019 template (5 + 0 = 4 + 1; 4 = 1 + 3).
    [InlineData("002", Verdict.Passed, "")]
    // 003: a 2021 report on the 2019 template, signed 2020-01-18, and a district bureau reporting 规章.
    [InlineData("003", Verdict.Failed, "template.outdated:2|date.impossible:6|plausibility.regulations-power:2:regulations")]
    // 004: a correct street office report, published 2024-01-04.
    [InlineData("004", Verdict.Passed, "")]
    public void Validate_Sample_GivesExactlyTheExpectedFindings(string sample, Verdict verdict, string expected)
    {
        // Arrange
        var path = RepositoryFiles.Sample(sample);
        var report = new ReportParser().Parse(File.ReadAllBytes(path), Path.GetFileName(path));

        // Act
        var result = ReportValidator.CreateDefault().Validate(report);

        // Assert
        Assert.Equal(expected, string.Join('|', result.Findings.Select(f => f.Id)));
        Assert.Equal(verdict, result.Verdict);
    }

    [Fact]
    public void Validate_Sample000_NamesTheCarriedInFigures()
    {
        var path = RepositoryFiles.Sample("000");
        var report = new ReportParser().Parse(File.ReadAllBytes(path), Path.GetFileName(path));

        var finding = ReportValidator.CreateDefault().Validate(report).Findings.First();

        Assert.Equal(("1", "0"), (finding.Expected, finding.Actual));
        Assert.Contains("上年结转0件", finding.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_Sample003_NotLateButImpossible()
    {
        var path = RepositoryFiles.Sample("003");
        var report = new ReportParser().Parse(File.ReadAllBytes(path), Path.GetFileName(path));

        var result = ReportValidator.CreateDefault().Validate(report);

        Assert.Equal(RuleState.NotAssessable, result.Outcomes.Single(o => o.RuleId == "date.late").State);
        Assert.Equal(("> 2021-12-31", "2020-01-18"), (result.Findings.Single(f => f.RuleId == "date.impossible").Expected, result.Findings.Single(f => f.RuleId == "date.impossible").Actual));
    }
}
