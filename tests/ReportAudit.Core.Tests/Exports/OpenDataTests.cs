using ReportAudit.Core.Exports;
using ReportAudit.Core.Model;

namespace ReportAudit.Core.Tests.Exports;

/// <summary>Labels in the template's words, the open-data CSV fields and the workbook's column letters.</summary>
public sealed class OpenDataTests
{
    [Theory]
    [InlineData(3, "result.total", "total", "（七）总计/总计")]
    [InlineData(3, "result.withheld.3", "natural", "3.危及“三安全一稳定”/自然人")]
    [InlineData(2, "fees", "amount", "行政事业性收费/金额")]
    [InlineData(2, "procurement", "items", "政府集中采购/采购项目数量")]
    [InlineData(4, "litigation_direct", "pending", "行政诉讼（未经复议直接起诉）/尚未审结")]
    [InlineData(3, "result.total", null, "（七）总计")]
    [InlineData(6, "fees.notices", null, "fees.notices")]
    [InlineData(null, null, null, null)]
    public void Cell_IsNamedAsTheTemplatePrintsIt(int? section, string? row, string? column, string? expected)
    {
        Assert.Equal(expected, TemplateLabels.Cell(section, row, column));
    }

    [Theory]
    [InlineData("343", "343")]
    [InlineData("-3", "-3")]
    [InlineData("-", "'-")]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("line 79, column 5", "\"line 79, column 5\"")]
    [InlineData("他说\"无\"", "\"他说\"\"无\"\"\"")]
    [InlineData(null, "")]
    public void Field_KeepsNumbersAsPrintedAndDisarmsFormulas(string? value, string expected)
    {
        Assert.Equal(expected, CellExport.Field(value));
    }

    [Theory]
    [InlineData(0, "A")]
    [InlineData(21, "V")]
    [InlineData(25, "Z")]
    [InlineData(26, "AA")]
    [InlineData(701, "ZZ")]
    [InlineData(702, "AAA")]
    public void Column_LettersOfAnIndex(int index, string expected)
    {
        Assert.Equal(expected, XlsxSheet.Column(index));
    }
}
