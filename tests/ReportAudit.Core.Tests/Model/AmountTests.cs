using ReportAudit.Core.Model;
using ReportAudit.Core.Parsing;

namespace ReportAudit.Core.Tests.Model;

public sealed class AmountTests
{
    [Theory]
    [InlineData("75394432.52元", "75394432.52", "元", "75394432.52")]
    [InlineData("8.74万元", "8.74", "万元", "87400")]
    [InlineData("38.79万元", "38.79", "万元", "387900")]
    [InlineData("1.2亿元", "1.2", "亿元", "120000000")]
    [InlineData("500千元", "500", "千元", "500000")]
    [InlineData("75,394,432.52元", "75394432.52", "元", "75394432.52")]
    [InlineData("１，２３４．５万元", "1234.5", "万元", "12345000")]
    [InlineData(" 8.74 万元 ", "8.74", "万元", "87400")]
    [InlineData("8.74万", "8.74", "万元", "87400")]
    public void TryParse_AmountWithUnit_KeepsValueUnitRawAndYuan(string text, string value, string unit, string yuan)
    {
        Assert.True(AmountText.TryParse(text, out var amount));

        Assert.Equal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), amount.Value);
        Assert.Equal(unit, amount.Unit);
        Assert.Equal(text.Trim(), amount.Raw);
        Assert.Equal(AmountUnitSource.Cell, amount.UnitSource);
        Assert.Equal(decimal.Parse(yuan, System.Globalization.CultureInfo.InvariantCulture), amount.Yuan);
    }

    [Theory]
    [InlineData("75394432.52")]
    [InlineData("１，２３４．５")]
    public void TryParse_NoUnit_KeepsTheUnitUnknownAndHasNoYuan(string text)
    {
        Assert.True(AmountText.TryParse(text, out var amount));

        Assert.Null(amount.Unit);
        Assert.Equal(AmountUnitSource.None, amount.UnitSource);
        Assert.Null(amount.Yuan);
    }

    [Fact]
    public void Yuan_ZeroWithoutUnit_IsZero()
    {
        Assert.True(AmountText.TryParse("0", out var amount));

        Assert.Null(amount.Unit);
        Assert.Equal(0m, amount.Yuan);
    }

    [Theory]
    [InlineData("")]
    [InlineData("—")]
    [InlineData("/")]
    [InlineData("无")]
    [InlineData("3项")]
    [InlineData("约八万元")]
    [InlineData(null)]
    public void TryParse_NotAnAmount_IsFalse(string? text) => Assert.False(AmountText.TryParse(text, out _));

    [Theory]
    [InlineData("采购总金额（万元）", "万元")]
    [InlineData("采购总金额(元)", "元")]
    [InlineData("本年收费金额（单位：万元）", "万元")]
    [InlineData("本年收费金额(单位:万元)", "万元")]
    [InlineData("本年收費金額(單位:萬元)", "万元")]
    [InlineData("本年收费金额(元)", "元")]
    [InlineData("单位：万元", "万元")]
    [InlineData("（单位：亿元）", "亿元")]
    [InlineData("金额单位：千元", "千元")]
    [InlineData("采购总金额/万元", "万元")]
    [InlineData("采购总金额", null)]
    [InlineData("单位：件", null)]
    [InlineData("本年收费金额", null)]
    public void UnitIn_HeaderOrNote_GivesTheStatedMoneyUnit(string text, string? unit) => Assert.Equal(unit, AmountText.UnitIn(text));

    [Theory]
    [InlineData("8.74", "万元", "8.74万元")]
    [InlineData("75394432.52", "元", "75394432.52元")]
    [InlineData("75394432.52", null, "75394432.52")]
    public void ToString_WritesValueWithItsUnit(string value, string? unit, string expected) =>
        Assert.Equal(expected, new Amount(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), unit, value).ToString());

    [Theory]
    [InlineData("元", "1")]
    [InlineData("千元", "1000")]
    [InlineData("万元", "10000")]
    [InlineData("亿元", "100000000")]
    public void Factor_MoneyUnit_IsItsValueInYuan(string unit, string factor) =>
        Assert.Equal(decimal.Parse(factor, System.Globalization.CultureInfo.InvariantCulture), Amount.Factor(unit));

    [Theory]
    [InlineData("件")]
    [InlineData("万")]
    [InlineData(null)]
    public void Factor_NotAMoneyUnit_IsNull(string? unit) => Assert.Null(Amount.Factor(unit));
}
