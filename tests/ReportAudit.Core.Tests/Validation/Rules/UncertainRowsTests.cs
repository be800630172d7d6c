using ReportAudit.Core.Validation;
using ReportAudit.Core.Validation.Rules;

namespace ReportAudit.Core.Tests.Validation.Rules;

/// <summary>Rows the parser marked uncertain are not assessable for the arithmetic rules; the 2019 single other row counts in a 2021 table.</summary>
public sealed class UncertainRowsTests
{
    [Fact]
    public void ResultTotal_MisplacedValueInUncertainRow_NotAssessableNamingTheRow()
    {
        var report = ReportBuilder.Valid2021().ApplicationsRow("result.withheld.4", 0, 0, 0, 3, 0, 0, 0).Build();
        report.Applications.MarkUncertain("result.withheld.4");

        var (state, findings) = RuleRunner.Run(new ApplicationsResultTotalRule(), report);

        Assert.Equal(RuleState.NotAssessable, state);
        Assert.Empty(findings);
    }

    [Fact]
    public void ResultTotal_SameValueInACertainRow_Fires()
    {
        var report = ReportBuilder.Valid2021().ApplicationsRow("result.withheld.4", 0, 0, 0, 3, 0, 0, 0).Build();

        var (state, _) = RuleRunner.Run(new ApplicationsResultTotalRule(), report);

        Assert.Equal(RuleState.Fired, state);
    }

    [Fact]
    public void RowTotal_UncertainRow_IsSkippedOthersChecked()
    {
        var report = ReportBuilder.Valid2021()
            .ApplicationsRow("result.withheld.4", 0, 0, 0, 3, 0, 0, 0)
            .ApplicationsRow("result.disclosed", 1, 0, 0, 0, 0, 0, 2)
            .Build();
        report.Applications.MarkUncertain("result.withheld.4");

        var (_, findings) = RuleRunner.Run(new ApplicationsRowTotalRule(), report);

        Assert.Equal("result.disclosed", Assert.Single(findings).Row);
    }

    [Fact]
    public void Balance_UncertainCarriedOut_NotAssessable()
    {
        var report = ReportBuilder.Valid2021().ApplicationsRow("carried_out", 5, 0, 0, 0, 0, 0, 5).Build();
        report.Applications.MarkUncertain("carried_out");

        var (state, findings) = RuleRunner.Run(new ApplicationsBalanceRule(), report);

        Assert.Equal(RuleState.NotAssessable, state);
        Assert.Empty(findings);
    }

    [Fact]
    public void ReviewTotal_UncertainGroup_IsSkipped()
    {
        var report = ReportBuilder.Valid2021().ReviewGroup("review", 1, 0, 0, 0, 5).ReviewGroup("litigation_direct", 1, 0, 0, 0, 5).Build();
        report.ReviewLitigation.MarkUncertain("review");

        var (_, findings) = RuleRunner.Run(new ReviewLitigationTotalRule(), report);

        Assert.Equal("litigation_direct", Assert.Single(findings).Row);
    }

    [Fact]
    public void Rows_UncertainRowNotRead_IsNotReportedMissing()
    {
        var report = ReportBuilder.Valid2021().Remove(3, "result.unavailable.1").Remove(3, "result.unavailable.2").Build();
        report.Applications.MarkUncertain("result.unavailable.1");

        var (_, findings) = RuleRunner.Run(new RowsRule(), report);

        Assert.Equal("result.unavailable.2", Assert.Single(findings).Row);
    }

    [Fact]
    public void ResultTotal_SingleOtherRowIn2021Table_Counts()
    {
        var report = ReportBuilder.Valid2021()
            .Remove(3, "result.other.1").Remove(3, "result.other.2").Remove(3, "result.other.3")
            .ApplicationsRow("result.other", 2, 0, 0, 0, 0, 0, 2)
            .ApplicationsRow("result.total", 2, 0, 0, 0, 0, 0, 2)
            .ApplicationsRow("new", 2, 0, 0, 0, 0, 0, 2)
            .Build();

        var (resultTotal, _) = RuleRunner.Run(new ApplicationsResultTotalRule(), report);
        var (balance, _) = RuleRunner.Run(new ApplicationsBalanceRule(), report);

        Assert.Equal(RuleState.Passed, resultTotal);
        Assert.Equal(RuleState.Passed, balance);
    }

    [Fact]
    public void BlankCells_InUncertainRow_NotReported()
    {
        var report = ReportBuilder.Valid2021()
            .ApplicationsRow("result.withheld.4", 0, null, null, 0, null, null, 0)
            .ApplicationsRow("result.withheld.5", 0, null, 0, 0, 0, 0, 0)
            .Build();
        report.Applications.MarkUncertain("result.withheld.4");

        var (_, findings) = RuleRunner.Run(new BlankCellsRule(), report);

        var finding = Assert.Single(findings);
        Assert.Equal(("result.withheld.5", "commercial", "1"), (finding.Row, finding.Column, finding.Actual));
        Assert.DoesNotContain("result.withheld.4", finding.MessageZh, StringComparison.Ordinal);
    }
}
