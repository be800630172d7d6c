using ReportAudit.Core.Model;
using ReportAudit.Core.Validation;

namespace ReportAudit.Core.Tests.Validation;

public sealed class ReportValidatorTests
{
    [Fact]
    public void Validate_CorrectReport_PassesEveryAssessableRule()
    {
        // Act
        var result = ReportValidator.CreateDefault().Validate(ReportBuilder.Valid2021().Build());

        // Assert
        Assert.Equal(Verdict.Passed, result.Verdict);
        Assert.Empty(result.Findings);
        Assert.DoesNotContain(result.Outcomes, o => o.State == RuleState.Fired);
    }

    [Fact]
    public void Validate_MissingSectionThree_ItsRulesNotAssessable()
    {
        // Arrange: section 三 heading and table both missing.
        var builder = ReportBuilder.Valid2021().Section(3, null);
        foreach (var row in TemplateCatalog.Applications2021)
        {
            builder.Remove(3, row.Key);
        }

        // Act
        var result = ReportValidator.CreateDefault().Validate(builder.Build());

        // Assert
        foreach (var rule in new[] { "balance.applications", "sum.applications-result-total", "sum.applications-row-total", "narrative.applications", "narrative.fees" })
        {
            Assert.Equal(RuleState.NotAssessable, result.Outcomes.Single(o => o.RuleId == rule).State);
        }

        Assert.Equal(Verdict.Warnings, result.Verdict);
    }

    [Fact]
    public void Validate_ErrorWarningAndNotice_CountedAndFailed()
    {
        // Arrange: an unbalanced column (error), a blank total with parts (warning), a blank cell (notice). The 总计
        // column's balance is not assessed (its 一 cell is blank, and the 自然人 column already states the same
        // disagreement): a blank is not a stated figure, so it makes no second error.
        var report = ReportBuilder.Valid2021()
            .ApplicationsRow("new", 1, 0, 0, 0, 0, 0, null)
            .Build();

        // Act
        var result = ReportValidator.CreateDefault().Validate(report);

        // Assert
        Assert.Equal(Verdict.Failed, result.Verdict);
        Assert.Equal((1, 1, 1), (result.Errors, result.Warnings, result.Notices));
        Assert.Equal("natural", result.Findings.Single(f => f.Severity == Severity.Error).Column);
    }

    [Fact]
    public void Validate_Unparseable_VerdictUnparseable()
    {
        var builder = ReportBuilder.Valid2021();
        builder.Status = ParseStatus.Unparseable;

        var result = ReportValidator.CreateDefault().Validate(builder.Build());

        Assert.Equal(Verdict.Unparseable, result.Verdict);
        Assert.All(result.Outcomes, o => Assert.Equal(RuleState.NotAssessable, o.State));
    }

    [Fact]
    public void Catalogue_RuleIds_AreUniqueSlugs()
    {
        var ids = RuleCatalogue.All().Select(r => r.Descriptor.Id).ToList();

        Assert.Equal(25, ids.Count);
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ids, id => Assert.Matches("^[a-z]+\\.[a-z-]+$", id));
    }
}
