using ReportAudit.Core.Model;
using ReportAudit.Core.Validation;

namespace ReportAudit.Core.Tests.Validation;

/// <summary>The validator checks what a rule's descriptor says it needs, once, before the rule runs.</summary>
public sealed class RulePreconditionTests
{
    [Fact]
    public void Validate_PreconditionUnmet_RuleNotRunAndNotAssessableWithItsReason()
    {
        // Arrange: a report without section 一 for a rule that needs it.
        var rule = new ProbeRule(RulePrecondition.Section(1));
        var report = ReportBuilder.Valid2021().Section(1, null).Build();

        // Act
        var result = new ReportValidator([rule], new ValidationOptions()).Validate(report);

        // Assert
        var outcome = result.Outcomes.Single();
        Assert.Equal(RuleState.NotAssessable, outcome.State);
        Assert.Equal("缺少第一部分 section 一 missing", outcome.Reason);
        Assert.Equal(0, rule.Runs);
    }

    [Fact]
    public void Validate_SeveralUnmet_TheFirstListedGivesTheReason()
    {
        // Arrange: neither a report year nor a publication date.
        var rule = new ProbeRule(RulePrecondition.PublicationDate, RulePrecondition.ReportYear);
        var builder = ReportBuilder.Valid2021();
        builder.Year = null;
        builder.PublishedOn = null;

        // Act
        var outcome = new ReportValidator([rule], new ValidationOptions()).Validate(builder.Build()).Outcomes.Single();

        // Assert
        Assert.Equal("报告没有发布日期 no publication date", outcome.Reason);
        Assert.Equal(0, rule.Runs);
    }

    [Fact]
    public void Validate_PreconditionsMet_RuleRunsOnceAndPasses()
    {
        // Arrange: the default report has every section and table.
        var rule = new ProbeRule(RulePrecondition.Section(1), RulePrecondition.Table(3), RulePrecondition.Template2021);

        // Act
        var outcome = new ReportValidator([rule], new ValidationOptions()).Validate(ReportBuilder.Valid2021().Build()).Outcomes.Single();

        // Assert
        Assert.Equal(RuleState.Passed, outcome.State);
        Assert.Null(outcome.Reason);
        Assert.Equal(1, rule.Runs);
    }

    [Fact]
    public void Validate_UnmetThenMetRule_NextRuleDoesNotInheritTheReason()
    {
        // Arrange: the first rule needs section 一 (missing); the second needs nothing.
        var first = new ProbeRule(RulePrecondition.Section(1));
        var second = new ProbeRule();
        var report = ReportBuilder.Valid2021().Section(1, null).Build();

        // Act
        var outcomes = new ReportValidator([first, second], new ValidationOptions()).Validate(report).Outcomes;

        // Assert
        Assert.Equal(RuleState.NotAssessable, outcomes[0].State);
        Assert.Equal(RuleState.Passed, outcomes[1].State);
        Assert.Null(outcomes[1].Reason);
    }

    [Fact]
    public void Table_AllTablesEmpty_SaysWhichSectionsLackOne()
    {
        // Arrange: sections 二, 三 and 四 without any table row.
        var builder = ReportBuilder.Valid2021();
        foreach (var row in TemplateCatalog.ActiveDisclosureRows(TemplateVersion.V2021))
        {
            builder.Remove(2, row.Key);
        }

        foreach (var row in TemplateCatalog.Applications2021)
        {
            builder.Remove(3, row.Key);
        }

        foreach (var group in TemplateCatalog.ReviewGroups)
        {
            builder.Remove(4, group);
        }

        var rules = new[]
        {
            new ProbeRule(RulePrecondition.Table(3)),
            new ProbeRule(RulePrecondition.Table(4)),
            new ProbeRule(RulePrecondition.Table(3, 4)),
            new ProbeRule(RulePrecondition.Table(2, 3, 4)),
        };

        // Act
        var outcomes = new ReportValidator(rules, new ValidationOptions()).Validate(builder.Build()).Outcomes;

        // Assert
        Assert.Equal(
            ["第三部分没有读到统计表 no section 三 table read", "第四部分没有读到统计表 no section 四 table read",
             "第三、四部分没有读到统计表 no section 三 or 四 table read", "没有读到统计表 no table read"],
            outcomes.Select(o => o.Reason));
        Assert.All(rules, r => Assert.Equal(0, r.Runs));
    }

    [Fact]
    public void Rows_MissingRow_NamedAsTheTemplatePrintsIt()
    {
        // Arrange
        var report = ReportBuilder.Valid2021().Remove(3, "carried_out").Build();

        // Act
        var outcome = new ReportValidator([new ProbeRule(RulePrecondition.Rows(3, "new", "carried_out"))], new ValidationOptions())
            .Validate(report).Outcomes.Single();

        // Assert
        Assert.Equal(RuleState.NotAssessable, outcome.State);
        Assert.StartsWith("第三部分缺少 ", outcome.Reason, StringComparison.Ordinal);
        Assert.Contains("结转下年度继续办理", outcome.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("本年新收", outcome.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void PreviousYear_AnotherBodysFigures_NotAssessable()
    {
        // Arrange: last year's figures of a different body.
        var report = ReportBuilder.Valid2021().Build();
        var previous = new PreviousYearFigures(BodyKey.Of("某市另一区人民政府办公室"), 2021, "r", new Dictionary<string, decimal?>(StringComparer.Ordinal), null, null);

        // Act
        var outcome = new ReportValidator([new ProbeRule(RulePrecondition.PreviousYear)], new ValidationOptions())
            .Validate(report, previous).Outcomes.Single();

        // Assert
        Assert.Equal("给出的上一年度数据不是同一机关的上一年 the previous figures are not this body's year before", outcome.Reason);
    }

    [Fact]
    public void Catalogue_EveryPreconditionSaysWhatItNeeds()
    {
        // Act
        var preconditions = RuleCatalogue.All().SelectMany(r => r.Descriptor.Preconditions).ToList();

        // Assert: the catalogue lists them; each says what it needs in Chinese and English.
        Assert.NotEmpty(preconditions);
        Assert.All(preconditions, p => Assert.Matches(@"\p{IsCJKUnifiedIdeographs}.* [A-Za-z]", p.Needs));
    }

    /// <summary>A rule that only counts its runs, with the preconditions given.</summary>
    private sealed class ProbeRule(params RulePrecondition[] preconditions) : IReportRule
    {
        public int Runs { get; private set; }

        public RuleDescriptor Descriptor { get; } = new("test.probe", Severity.Notice, "探测", "probe", "test") { Preconditions = preconditions };

        public void Evaluate(RuleContext context) => Runs++;
    }
}
