using ReportAudit.Core.Parsing;

namespace ReportAudit.Core.Tests.Parsing;

/// <summary>The fast GB18030 decoding gives exactly what the code page decoder gives, for valid and broken bytes alike.</summary>
public sealed class Gb18030TextTests
{
    [Fact]
    public void Decode_EveryTwoByteCodeBetweenAscii_IsTheDecodersText()
    {
        var bytes = new List<byte>();
        for (var lead = 0x81; lead <= 0xFE; lead++)
        {
            for (var trail = 0x40; trail <= 0xFE; trail++)
            {
                if (trail == 0x7F)
                {
                    continue;
                }

                bytes.AddRange([(byte)lead, (byte)trail]);
                if (trail % 17 == 0)
                {
                    bytes.AddRange("<td>1</td>\r\n"u8.ToArray());
                }
            }
        }

        var text = Gb18030Text.Decode([.. bytes]);

        Assert.Equal(InputSniffer.Gb18030.GetString([.. bytes]), text);
    }

    [Fact]
    public void Decode_Gb2312Page_ReadsTheChineseAndTheMarkup()
    {
        var bytes = InputSniffer.Gb18030.GetBytes("<p>二〇二三年政府信息公开工作年度报告</p>");

        Assert.Equal("<p>二〇二三年政府信息公开工作年度报告</p>", Gb18030Text.Decode(bytes));
    }

    [Theory]
    [InlineData(new byte[] { 0x3C, 0x70, 0x3E, 0x81, 0x30, 0x81, 0x30, 0x3C })] // a four-byte code
    [InlineData(new byte[] { 0x41, 0xB0 })] // a lead byte at the end
    [InlineData(new byte[] { 0xB0, 0x20, 0x41 })] // a lead byte before a space
    [InlineData(new byte[] { 0x80, 0x41 })] // 0x80 alone
    [InlineData(new byte[] { 0xFF, 0xB0, 0xA1 })] // 0xFF before 啊
    [InlineData(new byte[] { 0xB0, 0x7F, 0xB0, 0xA1 })] // a lead byte before DEL
    [InlineData(new byte[] { })]
    public void Decode_OtherSequences_AreTheDecodersText(byte[] bytes)
    {
        Assert.Equal(InputSniffer.Gb18030.GetString(bytes), Gb18030Text.Decode(bytes));
    }
}
