using ReportAudit.Core.Parsing;

namespace ReportAudit.Core.Tests.Parsing;

public sealed class SectionHeadingsTests
{
    [Theory]
    [InlineData("一、总体情况", 1)]
    [InlineData("一、總體情況", 1)]
    [InlineData("二、主动公开政府信息情况", 2)]
    [InlineData("三、收到和处理政府信息公开申请情况", 3)]
    [InlineData("四、政府信息公开行政复议、行政诉讼情况", 4)]
    [InlineData("四、政府信息公开行政法复议、行政诉讼情况", 4)]
    [InlineData("五、存在的主要问题及改进情况", 5)]
    [InlineData("五、存在的問題及改進情況", 5)]
    [InlineData("六、其他需要报告的事项", 6)]
    [InlineData("主动公开政府信息情况", 2)]
    public void Match_Heading_ReturnsItsNumber(string line, int expected) =>
        Assert.Equal(expected, SectionHeadings.Match(line));

    [Theory]
    [InlineData("一、本年新收政府信息公开申请数量")]
    [InlineData("三、本年度办理结果")]
    [InlineData("四、结转下年度继续办理")]
    [InlineData("(一)主动公开")]
    [InlineData("2022年,收到依申请公开1件")]
    public void Match_TableRowOrProse_ReturnsZero(string line) =>
        Assert.Equal(0, SectionHeadings.Match(line));
}
