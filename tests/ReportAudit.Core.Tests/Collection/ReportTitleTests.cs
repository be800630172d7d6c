using ReportAudit.Core.Collection;

namespace ReportAudit.Core.Tests.Collection;

public sealed class ReportTitleTests
{
    [Theory]
    [InlineData("石家庄市人民政府办公室2023年度政府信息公开工作年度报告", 2023)]
    [InlineData("2022年政府信息公開工作年度報告", 2022)]
    [InlineData("凉州区城市管理综合执法局2021年政务信息公开工作年度报告", 2021)]
    [InlineData("XX县2020年 政府信息公开 工作年度报告", 2020)]
    [InlineData("某某镇2019年政府信息公开年报", 2019)]
    public void YearOf_AnnualReportTitle_IsItsYear(string title, int year) => Assert.Equal(year, ReportTitle.YearOf(title));

    [Theory]
    [InlineData("关于做好2024年春节期间安全生产工作的通知")]
    [InlineData("2022年度部门预算公开")]
    [InlineData("政府信息公开指南")]
    [InlineData("")]
    public void YearOf_OtherTitle_IsNull(string title) => Assert.Null(ReportTitle.YearOf(title));

    [Fact]
    public void IsWanted_YearNotAsked_IsFalse() =>
        Assert.Equal((true, false, true), (
            ReportTitle.IsWanted("2023年度政府信息公开工作年度报告", [2023, 2024]),
            ReportTitle.IsWanted("2022年度政府信息公开工作年度报告", [2023, 2024]),
            ReportTitle.IsWanted("2022年度政府信息公开工作年度报告", [])));

    [Theory]
    [InlineData("石家庄市人民政府办公室2023年度政府信息公开工…", true)]
    [InlineData("石家庄市人民政府办公室2023年度政府信息...", true)]
    [InlineData("石家庄市人民政府办公室2021年度政府信息公开工…", false)]
    [InlineData("石家庄市人民政府办公室2023年度政府信息公开工作年度报告", false)]
    [InlineData("关于2023年度政府采购意向公开的通知", false)]
    public void MayBeWanted_TitleCutShort_IsWorthFetching(string text, bool expected) =>
        Assert.Equal(expected, ReportTitle.MayBeWanted(text, [2023, 2024]));
}
