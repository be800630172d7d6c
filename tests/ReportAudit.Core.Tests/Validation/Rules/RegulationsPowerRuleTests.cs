using ReportAudit.Core.Validation;
using ReportAudit.Core.Validation.Rules;

namespace ReportAudit.Core.Tests.Validation.Rules;

public sealed class RegulationsPowerRuleTests
{
    [Theory]
    [InlineData("凉州区城市管理综合执法局", 2, RuleState.Fired)]
    [InlineData("凉州区城市管理综合执法局", 0, RuleState.Passed)]
    [InlineData("天津市静海区人民政府办公室", 1, RuleState.Fired)]
    [InlineData("某县人民政府", 1, RuleState.Fired)]
    [InlineData("安泰街道办事处", 1, RuleState.Fired)]
    [InlineData("某省交通运输厅", 1, RuleState.Fired)]
    [InlineData("石家庄市人民政府办公室", 59, RuleState.Passed)]
    [InlineData("河北省人民政府办公厅", 3, RuleState.Passed)]
    [InlineData("广西壮族自治区人民政府", 3, RuleState.Passed)]
    [InlineData("天津市人民政府", 3, RuleState.Passed)]
    [InlineData("生态环境部", 3, RuleState.Passed)]
    [InlineData("国家税务总局", 3, RuleState.Passed)]
    public void Evaluate_RegulationFigures_FireForBodiesWithoutRuleMakingPower(string body, int inForce, RuleState expected)
    {
        // Arrange
        var builder = ReportBuilder.Valid2021().Active("regulations", "in_force", inForce);
        builder.Body = body;

        // Act
        var (state, findings) = RuleRunner.Run(new RegulationsPowerRule(), builder.Build());

        // Assert
        Assert.Equal(expected, state);
        if (expected == RuleState.Fired)
        {
            var finding = Assert.Single(findings);
            Assert.Equal(("regulations", "in_force", Severity.Warning), (finding.Row, finding.Column, finding.Severity));
        }
    }

    [Fact]
    public void Evaluate_TitleNamesTheGovernment_UsesTheTitle()
    {
        var builder = ReportBuilder.Valid2021().Active("regulations", "issued", 1);
        builder.Title = "某市2022年政府信息公开工作年度报告";
        builder.Body = "某市司法局";

        var (state, _) = RuleRunner.Run(new RegulationsPowerRule(), builder.Build());

        Assert.Equal(RuleState.Passed, state);
    }

    [Fact]
    public void Evaluate_NoBody_NotAssessable()
    {
        var builder = ReportBuilder.Valid2021().Active("regulations", "issued", 1);
        builder.Body = null;

        var (state, _) = RuleRunner.Run(new RegulationsPowerRule(), builder.Build());

        Assert.Equal(RuleState.NotAssessable, state);
    }
}
