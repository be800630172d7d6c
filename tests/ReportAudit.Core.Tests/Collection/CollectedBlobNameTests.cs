using System.Text;
using ReportAudit.Core.Collection;

namespace ReportAudit.Core.Tests.Collection;

public sealed class CollectedBlobNameTests
{
    private static readonly byte[] Html = Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body>x</body></html>");
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n");

    [Theory]
    [InlineData("hebei", "http://www.sjz.gov.cn/xxgk/ndbg/202401/t20240115_3271106.html", "html", "hebei/www.sjz.gov.cn/t20240115_3271106.html")]
    [InlineData("hebei", "http://www.sjz.gov.cn/xxgk/ndbg/202401/P020240115_001.pdf", "pdf", "hebei/www.sjz.gov.cn/P020240115_001.pdf")]
    [InlineData("gansu", "http://www.yc.gov.cn:8080/art/2024/1/15/art_123_456.html", "html", "gansu/www.yc.gov.cn_8080/art_123_456.html")]
    [InlineData("", "https://www.yc.gov.cn/xxgk/", "html", "collected/www.yc.gov.cn/xxgk-index.html")]
    [InlineData("hebei", "http://www.sjz.gov.cn/", "html", "hebei/www.sjz.gov.cn/index.html")]
    [InlineData("gansu", "http://www.yc.gov.cn/module/download/downfile.jsp?classid=0&filename=a.pdf", "pdf", "gansu/www.yc.gov.cn/downfile-36a39913.pdf")]
    [InlineData("gansu", "http://www.yc.gov.cn/xxgk/%E5%B9%B4%E6%8A%A5.pdf", "pdf", "gansu/www.yc.gov.cn/年报.pdf")]
    public void For_Url_IsRegionHostAndFile(string region, string url, string content, string expected)
    {
        var name = CollectedBlobName.For(region, new Uri(url), content == "pdf" ? Pdf : Html);

        Assert.Equal(expected, name);
        Assert.Equal(3, name.Split('/').Length);
    }

    [Fact]
    public void For_QueryUrls_DifferByTheirQuery() =>
        Assert.NotEqual(
            CollectedBlobName.For("gansu", new Uri("http://www.yc.gov.cn/downfile.jsp?id=1"), Pdf),
            CollectedBlobName.For("gansu", new Uri("http://www.yc.gov.cn/downfile.jsp?id=2"), Pdf));
}
