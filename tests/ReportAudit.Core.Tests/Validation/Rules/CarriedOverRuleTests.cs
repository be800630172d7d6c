using ReportAudit.Core.Model;
using ReportAudit.Core.Validation;
using ReportAudit.Core.Validation.Rules;

namespace ReportAudit.Core.Tests.Validation.Rules;

public sealed class CarriedOverRuleTests
{
    private static PreviousYearFigures LastYear(decimal natural, int year = 2021, string body = "某市某区人民政府办公室") => new(
        BodyKey.Of(body), year, "2021.txt",
        TemplateCatalog.ApplicantColumns.ToDictionary(c => c, c => (decimal?)(c is "natural" or "total" ? natural : 0m)),
        RegulationsInForce: 0, NormativeDocumentsInForce: 10);

    [Theory]
    [InlineData(1, RuleState.Passed)]
    [InlineData(0, RuleState.Fired)]
    [InlineData(3, RuleState.Fired)]
    public void Evaluate_CarriedIn_MustEqualLastYearsCarriedOut(int lastYear, RuleState expected)
    {
        // Arrange
        var report = ReportBuilder.Valid2021().ApplicationsRow("carried_in", 1, 0, 0, 0, 0, 0, 1).Build();

        // Act
        var (state, findings) = RuleRunner.Run(new CarriedOverRule(), report, LastYear(lastYear));

        // Assert
        Assert.Equal(expected, state);
        Assert.Equal(expected == RuleState.Fired ? ["natural", "total"] : Array.Empty<string>(), findings.Select(f => f.Column).ToArray());
        Assert.All(findings, f => Assert.Equal((lastYear.ToString(System.Globalization.CultureInfo.InvariantCulture), "1"), (f.Expected, f.Actual)));
    }

    [Fact]
    public void Evaluate_NoPreviousYear_NotAssessable()
    {
        var (state, _) = RuleRunner.Run(new CarriedOverRule(), ReportBuilder.Valid2021().Build());

        Assert.Equal(RuleState.NotAssessable, state);
    }

    [Theory]
    [InlineData(2020, "某市某区人民政府办公室")]
    [InlineData(2021, "另一个机关")]
    public void Evaluate_FiguresOfAnotherYearOrBody_NotAssessable(int year, string body)
    {
        var (state, _) = RuleRunner.Run(new CarriedOverRule(), ReportBuilder.Valid2021().Build(), LastYear(5, year, body));

        Assert.Equal(RuleState.NotAssessable, state);
    }
}
