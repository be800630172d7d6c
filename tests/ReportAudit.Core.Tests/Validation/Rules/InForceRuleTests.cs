using ReportAudit.Core.Model;
using ReportAudit.Core.Validation;
using ReportAudit.Core.Validation.Rules;

namespace ReportAudit.Core.Tests.Validation.Rules;

public sealed class InForceRuleTests
{
    private static PreviousYearFigures LastYear(decimal normativeInForce, int year = 2021) => new(
        BodyKey.Of("某市某区人民政府办公室"), year, "2021.txt",
        TemplateCatalog.ApplicantColumns.ToDictionary(c => c, c => (decimal?)0m),
        RegulationsInForce: 0, NormativeDocumentsInForce: normativeInForce);

    [Theory]
    [InlineData(11, RuleState.Passed)]
    [InlineData(12, RuleState.Fired)]
    [InlineData(5, RuleState.Fired)]
    public void Evaluate_InForce_FollowsFromLastYearIssuedAndRepealed(int lastYear, RuleState expected)
    {
        // Arrange: sample 000's normative documents, issued 1, repealed 2, in force 10: last year must have been 11.
        var report = ReportBuilder.Valid2021()
            .Active("normative_documents", "issued", 1).Active("normative_documents", "repealed", 2).Active("normative_documents", "in_force", 10)
            .Build();

        // Act
        var (state, findings) = RuleRunner.Run(new InForceRule(), report, LastYear(lastYear));

        // Assert
        Assert.Equal(expected, state);
        if (expected == RuleState.Fired)
        {
            var finding = Assert.Single(findings);
            Assert.Equal(("normative_documents", Severity.Warning, "10"), (finding.Row, finding.Severity, finding.Actual));
            Assert.Contains($"{lastYear}+1-2", finding.MessageZh, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Evaluate_PreviousYearOn2019Template_NotAssessable()
    {
        var builder = ReportBuilder.Valid2021();
        builder.Year = 2021;

        var (state, _) = RuleRunner.Run(new InForceRule(), builder.Build(), LastYear(3, 2020));

        Assert.Equal(RuleState.NotAssessable, state);
    }
}
