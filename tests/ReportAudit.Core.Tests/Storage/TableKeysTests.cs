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

    [Fact]
    public void FindingRow_IsUniquePerReport_AndGivesItsFindingIdBack()
    {
        const string report = "0123456789abcdef0123";
        var row = TableKeys.FindingRow(report, "R101%2Ftable2");

        Assert.Equal("0123456789abcdef0123~R101%2Ftable2", row);
        Assert.NotEqual(row, TableKeys.FindingRow("fedcba98765432100123", "R101%2Ftable2"));
        Assert.Equal("R101%2Ftable2", TableKeys.FindingIdOf(report, row));
    }

    [Fact]
    public void ReportPartition_IsTheIdsFirstTwoHexDigits()
    {
        Assert.Equal("0f", TableKeys.ReportPartition("0f23456789abcdef0123"));
        Assert.Equal(TableKeys.ReportId("hebei/000.txt")[..2], TableKeys.ReportPartition(TableKeys.ReportId("hebei/000.txt")));
    }

    [Fact]
    public void FindingIdOf_AnOlderRowKeyedByTheFindingIdAlone_IsThatId()
    {
        Assert.Equal("R101", TableKeys.FindingIdOf("0123456789abcdef0123", "R101"));
        Assert.Equal("0123456789abcdef0123", TableKeys.FindingIdOf("0123456789abcdef0123", "0123456789abcdef0123"));
    }
}
