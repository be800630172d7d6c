using ReportAudit.Core.Storage;

namespace ReportAudit.Core.Tests.Storage;

public sealed class RosterCsvTests
{
    [Fact]
    public void Parse_HeaderAndBodies_ReadsEachBody()
    {
        var entries = RosterCsv.Parse("\uFEFFbody,region,kind\r\n石家庄市人民政府办公室,hebei,government\r\n# 注释\r\n凉州区城市管理综合执法局,gansu,\r\n");

        Assert.Equal(["石家庄市人民政府办公室", "凉州区城市管理综合执法局"], entries.Select(e => e.Body));
        Assert.Equal("government", entries[0].Kind);
        Assert.Null(entries[1].Kind);
        Assert.Equal("gansu", entries[1].Region);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n")]
    [InlineData("body,region,kind\n")]
    public void Parse_NoBody_IsRefused(string csv)
    {
        var error = Assert.Throws<FormatException>(() => RosterCsv.Parse(csv));

        Assert.Contains("没有列出任何机关", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("石家庄市人民政府办公室,hebei,government\n")]
    [InlineData("<!DOCTYPE html>\n<html><body>登录</body></html>\n")]
    public void Parse_WithoutHeader_IsRefusedNamingTheLine(string csv)
    {
        var error = Assert.Throws<FormatException>(() => RosterCsv.Parse(csv));

        Assert.Contains("第 1 行应为表头 body,region,kind", error.Message, StringComparison.Ordinal);
    }
}
