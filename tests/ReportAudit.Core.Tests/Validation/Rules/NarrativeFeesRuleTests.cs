using ReportAudit.Core.Validation;
using ReportAudit.Core.Validation.Rules;

namespace ReportAudit.Core.Tests.Validation.Rules;

public sealed class NarrativeFeesRuleTests
{
    [Theory]
    [InlineData("本年度未收取信息处理费。", 0, RuleState.Passed)]
    [InlineData("本年度未收取信息处理费。", 2, RuleState.Fired)]
    [InlineData("无其他需要报告的事项。", 2, RuleState.NotAssessable)]
    [InlineData("本机关依法收取信息处理费300元。", 2, RuleState.NotAssessable)]
    public void Evaluate_NoFeeStatement_AgainstFeeNotices(string sectionSix, int feeNotices, RuleState expected)
    {
        // Arrange
        var report = ReportBuilder.Valid2021()
            .ApplicationsRow("result.other.2", feeNotices, 0, 0, 0, 0, 0, feeNotices)
            .Section(6, sectionSix)
            .Build();

        // Act
        var (state, findings) = RuleRunner.Run(new NarrativeFeesRule(), report);

        // Assert
        Assert.Equal(expected, state);
        if (expected == RuleState.Fired)
        {
            Assert.Equal(("result.other.2", "2"), (Assert.Single(findings).Row, findings[0].Actual));
        }
    }

    [Fact]
    public void Evaluate_NoneCollectedWithUnpaidNotices_OnlyANoticeAndTheReportPasses()
    {
        // Arrange: notices were sent, the applicants did not pay, nothing was collected: consistent (issue 13, point 2).
        var report = ReportBuilder.Valid2021()
            .ApplicationsRow("new", 2, 0, 0, 0, 0, 0, 2)
            .ApplicationsRow("result.other.2", 2, 0, 0, 0, 0, 0, 2)
            .ApplicationsRow("result.total", 2, 0, 0, 0, 0, 0, 2)
            .Section(6, "本年度无收取信息处理费情况。")
            .Build();

        // Act
        var result = ReportValidator.CreateDefault().Validate(report);

        // Assert
        var finding = Assert.Single(result.Findings);
        Assert.Equal(("narrative.fees", Severity.Notice), (finding.RuleId, finding.Severity));
        Assert.Contains("两者一致", finding.MessageZh, StringComparison.Ordinal);
        Assert.Contains("第六部分宜写明本年发出收费通知的件数", finding.MessageZh, StringComparison.Ordinal);
        Assert.Equal(Verdict.Passed, result.Verdict);
    }

    [Fact]
    public void Evaluate_NoneCollectedAndNoticesCounted_Passes()
    {
        // Arrange: section 六 says how many notices went out, as the 2021 format asks.
        var report = ReportBuilder.Valid2021()
            .ApplicationsRow("result.other.2", 2, 0, 0, 0, 0, 0, 2)
            .Section(6, "本年度向申请人发出收费通知2件，申请人均未缴费，未收取信息处理费。")
            .Build();

        // Act
        var (state, findings) = RuleRunner.Run(new NarrativeFeesRule(), report);

        // Assert
        Assert.Equal(RuleState.Passed, state);
        Assert.Empty(findings);
    }

    [Fact]
    public void Evaluate_NoNoticeSentButUnpaidNoticesCounted_Warning()
    {
        // Arrange
        var report = ReportBuilder.Valid2021()
            .ApplicationsRow("result.other.2", 1, 0, 0, 0, 0, 0, 1)
            .Section(6, "本年度未发出收费通知，未收取信息处理费。")
            .Build();

        // Act
        var (_, findings) = RuleRunner.Run(new NarrativeFeesRule(), report);

        // Assert
        var finding = Assert.Single(findings);
        Assert.Equal((Severity.Warning, 3, "result.other.2", "1"), (finding.Severity, finding.Section!.Value, finding.Row, finding.Actual));
        Assert.Contains("报告称“本年度未发出收费通知”", finding.MessageZh, StringComparison.Ordinal);
        Assert.Contains("“（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请”为 1 件", finding.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_AmountCollectedAndNoneCollected_WarningOnTheContradiction()
    {
        // Arrange: section 一 states an amount collected, section 六 says none was.
        var report = ReportBuilder.Valid2021()
            .Section(1, "2022年，本机关共收到政府信息公开申请0件。全年收取信息处理费共计300元。")
            .Section(6, "本年度未收取信息处理费。")
            .Build();

        // Act
        var (_, findings) = RuleRunner.Run(new NarrativeFeesRule(), report);

        // Assert
        var finding = Assert.Single(findings);
        Assert.Equal((Severity.Warning, 1, "300"), (finding.Severity, finding.Section!.Value, finding.Actual));
        Assert.Contains("前后矛盾", finding.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_UnpaidNoticesInProse_NotReadAsNoNoticeSent()
    {
        // Arrange: the template's own words for the unpaid-notice row, in section 六, are not "no notice was sent".
        var report = ReportBuilder.Valid2021()
            .ApplicationsRow("result.other.2", 2, 0, 0, 0, 0, 0, 2)
            .Section(6, "本年度发出收费通知2件，因申请人逾期未按收费通知要求缴纳费用终止办理2件，未收取信息处理费。")
            .Build();

        // Act
        var (state, findings) = RuleRunner.Run(new NarrativeFeesRule(), report);

        // Assert
        Assert.Equal(RuleState.Passed, state);
        Assert.Empty(findings);
    }

    [Fact]
    public void Evaluate_AmountInTenThousands_ShownInYuan()
    {
        var report = ReportBuilder.Valid2021().Section(1, "本年度收取信息处理费0.03万元。").Section(6, "本年度未收取信息处理费。").Build();

        var finding = Assert.Single(RuleRunner.Run(new NarrativeFeesRule(), report).Findings);

        Assert.Equal("300", finding.Actual);
    }

    [Fact]
    public void Evaluate_2019Template_NotAssessable()
    {
        var (state, _) = RuleRunner.Run(new NarrativeFeesRule(), ReportBuilder.Valid2019().Build());

        Assert.Equal(RuleState.NotAssessable, state);
    }
}
