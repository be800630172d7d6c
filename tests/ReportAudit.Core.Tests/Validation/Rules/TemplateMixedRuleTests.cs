using ReportAudit.Core.Model;
using ReportAudit.Core.Validation;
using ReportAudit.Core.Validation.Rules;

namespace ReportAudit.Core.Tests.Validation.Rules;

public sealed class TemplateMixedRuleTests
{
    [Fact]
    public void Evaluate_OneTemplate_Passes()
    {
        var (state, _) = RuleRunner.Run(new TemplateMixedRule(), ReportBuilder.Valid2021().Build());

        Assert.Equal(RuleState.Passed, state);
    }

    [Fact]
    public void Evaluate_ForeignRows_FiresListingThem()
    {
        var report = ReportBuilder.Valid2021().Foreign("procurement").Build();

        var (_, findings) = RuleRunner.Run(new TemplateMixedRule(), report);

        var finding = Assert.Single(findings);
        Assert.Equal(("procurement", "2021+2019"), (finding.Row, finding.Actual));
    }

    [Fact]
    public void Evaluate_MixedNoticeOnly_Fires()
    {
        var report = ReportBuilder.Valid2021().Notice(new ParseNotice("template.mixed", NoticeLevel.Warning, "混用", "mixed", 2)).Build();

        var (state, findings) = RuleRunner.Run(new TemplateMixedRule(), report);

        Assert.Equal(RuleState.Fired, state);
        Assert.Equal(Severity.Warning, Assert.Single(findings).Severity);
    }
}
