using System.Text;
using ReportAudit.Core.Collection;

namespace ReportAudit.Core.Tests.Collection;

public sealed class PageDecoderTests
{
    private static readonly Encoding Gb18030 = CodePagesEncodingProvider.Instance.GetEncoding(54936)!;

    private const string Page = "<html><head><title>2023年政府信息公开工作年度报告</title></head><body>收到和处理政府信息公开申请情况</body></html>";

    [Theory]
    [InlineData("text/html; charset=GBK")]
    [InlineData("text/html;charset=\"gb2312\"")]
    [InlineData("text/html")]
    [InlineData("text/html; charset=utf-8")]
    [InlineData(null)]
    public void Decode_GbkBytes_ReadWhateverTheHeaderSays(string? contentType)
    {
        var (text, encoding) = PageDecoder.Decode(Gb18030.GetBytes(Page), contentType);

        Assert.Equal((Page, "gb18030"), (text, encoding));
    }

    [Fact]
    public void Decode_MetaDeclaresGb2312_IsReadAsGb18030()
    {
        var html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head><body>政务公开</body></html>";

        Assert.Equal((html, "gb18030"), PageDecoder.Decode(Gb18030.GetBytes(html), "text/html"));
    }

    [Fact]
    public void Decode_Utf8Bytes_AreUtf8() => Assert.Equal((Page, "utf-8"), PageDecoder.Decode(Encoding.UTF8.GetBytes(Page), "text/html; charset=UTF-8"));
}
