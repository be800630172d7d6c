using ReportAudit.Core.Validation;

namespace ReportAudit.Core.Tests.Validation;

public sealed class BodyKeyTests
{
    [Theory]
    [InlineData("石家莊市人民政府辦公室", "石家庄市人民政府办公室")]
    [InlineData("石家庄市 人民政府办公室", "石家庄市人民政府办公室")]
    [InlineData("石家庄市人民政府办公室\n", "石家庄市人民政府办公室")]
    [InlineData("（石家庄市人民政府办公室）", "石家庄市人民政府办公室")]
    [InlineData("石家庄市第１中学", "石家庄市第1中学")]
    [InlineData("ＸＸ县人民政府", "xx县人民政府")]
    public void Of_SpellingsOfOneBody_GiveOneKey(string a, string b) =>
        Assert.Equal(BodyKey.Of(b), BodyKey.Of(a));

    [Theory]
    [InlineData("石家庄市人民政府办公室", "石家庄市人民政府")]
    [InlineData("安居区人民政府办公室", "安泰街道办事处")]
    public void Of_DifferentBodies_GiveDifferentKeys(string a, string b) =>
        Assert.NotEqual(BodyKey.Of(a), BodyKey.Of(b));

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void Of_NoName_IsEmpty(string? body) => Assert.Equal(string.Empty, BodyKey.Of(body));

    [Fact]
    public async Task FindAsync_TraditionalSpelling_FindsTheSimplifiedBodysFigures()
    {
        // Arrange
        var lookup = new InMemoryPreviousReportLookup();
        lookup.Add(new PreviousYearFigures(BodyKey.Of("石家庄市人民政府办公室"), 2021, "r", new Dictionary<string, decimal?>(), 59, 102));

        // Act
        var found = await lookup.FindAsync(BodyKey.Of("石家莊市 人民政府辦公室"), 2021);
        var otherYear = await lookup.FindAsync(BodyKey.Of("石家莊市人民政府辦公室"), 2020);

        // Assert
        Assert.Equal(59m, found!.RegulationsInForce);
        Assert.Null(otherYear);
    }

    [Theory]
    [InlineData("某某区人民政府办公室", "某某区人民政府2022年政府信息公开工作年度报告", "某某区人民政府")]
    [InlineData("某某区人民政府办公室", "某某区政府2022年政府信息公开工作年度报告", "某某区人民政府")]
    [InlineData("某某區人民政府辦公室", "某某区人民政府 2022 年度政府信息公开工作报告", "某某区人民政府")]
    [InlineData("某某区人民政府办公室", "某某区人民政府办公室2022年政府信息公开工作年度报告", "某某区人民政府办公室")]
    [InlineData("石家莊市人民政府辦公室", "2022年政府信息公開工作年度報告", "石家庄市人民政府办公室")]
    [InlineData("某某区人民政府办公室", null, "某某区人民政府办公室")]
    [InlineData("某某省人民政府办公厅", "某某省人民政府2022年政府信息公开工作年度报告", "某某省人民政府")]
    [InlineData("某某区教育局办公室", "某某区教育局2022年政府信息公开工作年度报告", "某某区教育局办公室")]
    [InlineData("某某区人民政府办公室", "某某市人民政府2022年政府信息公开工作年度报告", "某某区人民政府办公室")]
    public void ForReport_OfficeIsItsGovernmentOnlyWhenTheTitleNamesTheGovernment(string body, string? title, string expected) =>
        Assert.Equal(expected, BodyKey.ForReport(body, title));

    [Theory]
    [InlineData("石家庄市长安区人民政府", "长安区人民政府")]
    [InlineData("河北省石家庄市长安区人民政府", "长安区人民政府")]
    [InlineData("天津市静海区人民政府办公室", "静海区人民政府办公室")]
    [InlineData("石家庄市长安区建北街道办事处", "建北街道办事处")]
    [InlineData("黔东南苗族侗族自治州凯里市人民政府", "凯里市人民政府")]
    [InlineData("某某县某某乡人民政府", "某某乡人民政府")]
    [InlineData("石家庄市人民政府办公室", "石家庄市人民政府办公室")]
    [InlineData("石家庄市市场监督管理局", "石家庄市市场监督管理局")]
    [InlineData("石家庄市住房和城乡建设局", "石家庄市住房和城乡建设局")]
    [InlineData("石家庄市城市管理综合行政执法局", "石家庄市城市管理综合行政执法局")]
    [InlineData("凉州区城市管理综合执法局", "凉州区城市管理综合执法局")]
    [InlineData("长安区人民政府", "长安区人民政府")]
    public void ShortForm_DropsPrefixesOnlyBeforeANamedDivision(string body, string expected) =>
        Assert.Equal(BodyKey.Of(expected), BodyKey.ShortForm(BodyKey.Of(body)));

    [Theory]
    [InlineData("石家庄市长安区人民政府", "长安区人民政府", true)]
    [InlineData("石家莊市長安區人民政府", "长安区 人民政府", true)]
    [InlineData("天津市静海区人民政府办公室", "静海区人民政府办公室", true)]
    [InlineData("石家庄市桥西区人民政府", "邢台市桥西区人民政府", false)]
    [InlineData("石家庄市人民政府办公室", "人民政府办公室", false)]
    [InlineData("长安区人民政府", "长安区人民政府办公室", false)]
    [InlineData("长安区人民政府", "", false)]
    public void SameBodyWritten_WithAndWithoutItsPrefix(string a, string b, bool expected) =>
        Assert.Equal(expected, BodyKey.SameBodyWritten(BodyKey.Of(a), BodyKey.Of(b)));
}
