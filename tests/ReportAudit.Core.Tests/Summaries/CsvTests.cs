using System.Text;
using ReportAudit.Core.Api;

namespace ReportAudit.Core.Tests.Summaries;

public sealed class CsvTests
{
    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+86 123", "'+86 123")]
    [InlineData("-5", "'-5")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("安泰街道办事处", "安泰街道办事处")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData(null, "")]
    public void Cell_Value_IsNeutralisedAndQuoted(string? value, string expected) => Assert.Equal(expected, Csv.Cell(value));

    [Fact]
    public void Write_Rows_StartWithBomAndUseCrLf()
    {
        var bytes = Csv.Write(["机关", "年度"], [["某局", "2022"]]);

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.Equal("机关,年度\r\n某局,2022\r\n", Encoding.UTF8.GetString(bytes[3..]));
    }
}
