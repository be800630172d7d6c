using ReportAudit.Core.Model;
using ReportAudit.Core.Parsing;

namespace ReportAudit.Core.Tests.Parsing;

/// <summary>What a cell's text reads as, as CMS and Word tables write it: labels are text whatever their first character.</summary>
public sealed class CellValueParserTests
{
    [Theory]
    [InlineData("335", CellKind.Integer, "335", null)]
    [InlineData("　８", CellKind.Integer, "8", null)] // an ideographic space before a full-width digit
    [InlineData("１，２３４．５", CellKind.Decimal, "1234.5", null)]
    [InlineData("+18", CellKind.SignedInteger, "18", null)]
    [InlineData("－3", CellKind.SignedInteger, "-3", null)] // a full-width minus
    [InlineData("38.79万元", CellKind.Decimal, "38.79", "万元")]
    [InlineData(" 12件", CellKind.Integer, "12", "件")]
    public void Parse_Numbers_ReadTheirValue(string raw, CellKind kind, string number, string? unit)
    {
        var cell = CellValueParser.Parse(raw, SourceLocation.InTable(1, 2, 3));

        Assert.Equal(kind, cell.Kind);
        Assert.Equal(decimal.Parse(number, System.Globalization.CultureInfo.InvariantCulture), cell.Number);
        Assert.Equal(unit, cell.Unit);
        Assert.Equal(raw, cell.Raw);
    }

    [Theory]
    [InlineData("")]
    [InlineData("—")]
    [InlineData("——")]
    [InlineData("／")]
    [InlineData("\\")]
    [InlineData("无")]
    [InlineData(" 空 ")]
    [InlineData("–")]
    public void Parse_BlankMarks_AreBlank(string raw)
    {
        var cell = CellValueParser.Parse(raw, SourceLocation.InTable(1, 2, 3));

        Assert.Equal(CellKind.Blank, cell.Kind);
        Assert.Null(cell.Number);
        Assert.True(CellValueParser.IsValueLike(raw));
    }

    [Theory]
    [InlineData("结果维持")]
    [InlineData("1.属于国家秘密")]
    [InlineData("（三）不予公开")]
    [InlineData("无正当理由逾期不补正")]
    [InlineData("-其他")]
    [InlineData("12个工作日内")]
    public void Parse_Labels_AreText(string raw)
    {
        var cell = CellValueParser.Parse(raw, SourceLocation.InTable(1, 2, 3));

        Assert.Equal(CellKind.Text, cell.Kind);
        Assert.Null(cell.Number);
        Assert.False(CellValueParser.IsValueLike(raw));
    }
}
