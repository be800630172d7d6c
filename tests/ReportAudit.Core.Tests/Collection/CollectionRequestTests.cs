using ReportAudit.Core.Collection;

namespace ReportAudit.Core.Tests.Collection;

public sealed class CollectionRequestTests
{
    [Fact]
    public void Messages_CsvWithHeader_OneAutoMessagePerRow()
    {
        var csv = "\uFEFFbody,region,url\n永昌县人民政府办公室,gansu,http://www.yc.gov.cn/col/col1234/index.html\r\n安泰街道办事处,,http://www.at.gov.cn/art/2024/1/15/art_1_2.html\n";

        var (messages, error) = new CollectionRequest([], null, csv, "hebei", null, [2023]).Messages("run-1");

        Assert.Null(error);
        Assert.Equal(
            [("auto", "gansu", "永昌县人民政府办公室"), ("auto", "hebei", "安泰街道办事处")],
            messages.Select(m => (m.Kind, m.Region, m.Body ?? string.Empty)));
    }

    [Fact]
    public void Messages_BadCsvLine_SaysWhichLine()
    {
        var (messages, error) = new CollectionRequest([], null, "body,region,url\n某县,hebei,not-a-url\n", null, null, []).Messages("run-1");

        Assert.Empty(messages);
        Assert.Contains("CSV line 2", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Messages_UrlsAndColumn_AreArticlesAndAList()
    {
        var (messages, _) = new CollectionRequest(["http://a.gov.cn/t20240115_1.html"], "http://a.gov.cn/ndbg/index.html", null, null, null, []).Messages("run-1");

        Assert.Equal([("article", "collected"), ("list", "collected")], messages.Select(m => (m.Kind, m.Region)));
    }

    [Theory]
    [InlineData("ftp://a.gov.cn/x.pdf")]
    [InlineData("")]
    public void Messages_NothingUsable_IsAnError(string url) =>
        Assert.NotNull(new CollectionRequest(url.Length > 0 ? [url] : [], null, null, null, null, []).Messages("run-1").Error);

    [Theory]
    [InlineData("2023,2024", new[] { 2023, 2024 })]
    [InlineData("2023，2024", new[] { 2023, 2024 })]
    [InlineData("", new int[0])]
    public void ParseYears_List_IsTheYears(string text, int[] years) => Assert.Equal(years, CollectionRequest.ParseYears(text));

    [Theory]
    [InlineData("23")]
    [InlineData("2023,next")]
    public void ParseYears_NotYears_IsNull(string text) => Assert.Null(CollectionRequest.ParseYears(text));
}
