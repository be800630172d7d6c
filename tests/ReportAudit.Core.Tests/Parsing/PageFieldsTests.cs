using ReportAudit.Core.Parsing;

namespace ReportAudit.Core.Tests.Parsing;

/// <summary>CMS chrome lines split into their fields, as the platforms print them.</summary>
public sealed class PageFieldsTests
{
    private static List<(string Label, string Value)> Split(string line)
    {
        var fields = new List<PageField>();
        PageFields.SplitInline(line, 0, fields);
        return fields.Select(f => (f.Label, f.Value)).ToList();
    }

    [Fact]
    public void SplitInline_SourceTimeAndViews_GivesEachField()
    {
        Assert.Equal(
            [("来源", "某某管委会办公室"), ("时间", "2023-02-14 09:30"), ("浏览次数", "123")],
            Split("来源：某某管委会办公室 时间：2023-02-14 09:30 浏览次数：123"));
    }

    [Fact]
    public void SplitInline_DateFirstThenSource_GivesEachField()
    {
        Assert.Equal([("发布时间", "2023-01-20"), ("来源", "本站")], Split("发布时间：2023-01-20　来源：本站"));
    }

    [Theory]
    [InlineData("信息来源：某某区人民政府办公室 | 发布时间：2023-01-20 | 阅读次数：")]
    [InlineData("[ 信息来源：某某区人民政府办公室 ] [ 发布时间：2023-01-20 ]")]
    [InlineData("信息来源: 某某区人民政府办公室    发布时间: 2023-01-20    【打印】【关闭】")]
    public void SplitInline_SeparatorsAndBrackets_AreNotPartOfTheValues(string line)
    {
        var fields = Split(line);

        Assert.Contains(("信息来源", "某某区人民政府办公室"), fields);
        Assert.Contains(("发布时间", "2023-01-20"), fields);
    }

    [Fact]
    public void SplitInline_SpansGluedWithoutSpace_SplitsAtTheKnownLabel()
    {
        Assert.Equal([("来源", "某某区人民政府办公室"), ("发布日期", "2023-02-14")], Split("来源：某某区人民政府办公室发布日期：2023-02-14"));
    }

    [Fact]
    public void SplitInline_TraditionalLabelsAndBrackets_AreSimplifiedAndTrimmed()
    {
        Assert.Equal(
            [("发布时间", "2024-01-05 10:12"), ("来源", "安泰街道党政综合办公室"), ("字体", "大 中 小")],
            Split("發布時間：2024-01-05 10:12 【來源：安泰街道党政综合办公室】【字体：大 中 小】【打印】"));
    }

    [Fact]
    public void SplitInline_PrintAndGenerationDates_KeepTheirOwnLabels()
    {
        Assert.Equal([("打印日期", "2024-03-05"), ("生成日期", "2024-03-01")], Split("打印日期：2024-03-05 生成日期：2024-03-01"));
    }

    [Fact]
    public void SplitInline_ColonInProseOrInATime_IsNoLabel()
    {
        // 办理时间 is not a bare 时间 field, and 09:30 is a time, not a label: nothing the metadata reader reads.
        Assert.Empty(Split("办理时间：工作日 09:30-17:00"));
        Assert.Empty(Split("2022年,收到依申请公开1件:上年结转0件"));
        Assert.Equal([("时间", "2023-02-14")], Split("地址：某某路1号 时间：2023-02-14"));
    }
}
