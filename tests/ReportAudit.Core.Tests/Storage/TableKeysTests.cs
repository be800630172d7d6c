using ReportAudit.Core.Storage.Tables;

namespace ReportAudit.Core.Tests.Storage;

public sealed class TableKeysTests
{
    [Fact]
    public void ReportId_SamePath_IsStableAndHex()
    {
        var id = TableKeys.ReportId("hebei/石家庄市/2022.html");

        Assert.Equal(id, TableKeys.ReportId("hebei/石家庄市/2022.html"));
        Assert.Equal(20, id.Length);
        Assert.All(id, c => Assert.True(char.IsAsciiHexDigitLower(c)));
        Assert.NotEqual(id, TableKeys.ReportId("hebei/石家庄市/2023.html"));
    }

    [Theory]
    [InlineData("/x.txt", "x.txt")]
    [InlineData("hebei/a.txt", "hebei/a.txt/")]
    [InlineData("hebei/a.txt", "hebei//a.txt")]
    public void ReportId_NamesThatDifferOnlyInSlashes_AreDifferentReports(string name, string other) =>
        Assert.NotEqual(TableKeys.ReportId(name), TableKeys.ReportId(other));

    [Theory]
    [InlineData("hebei/a.txt", "hebei")]
    [InlineData("hebei/shijiazhuang/a.txt", "hebei")]
    [InlineData("a.txt", "")]
    [InlineData("/a.txt", "")]
    public void RegionOf_Path_IsTheFirstFolder(string path, string region) => Assert.Equal(region, TableKeys.RegionOf(path));

    [Theory]
    [InlineData("balance.applications:3:new:total", "balance.applications:3:new:total")]
    [InlineData("a/b#c?d\\e%", "a%2Fb%23c%3Fd%5Ce%25")]
    public void Escape_ForbiddenKeyCharacters_AreEncoded(string value, string escaped) => Assert.Equal(escaped, TableKeys.Escape(value));
}
