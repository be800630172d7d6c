using ReportAudit.Core.Collection;

namespace ReportAudit.Core.Tests.Collection;

public sealed class ListPageReaderTests
{
    private static readonly Uri TrsColumn = new("http://www.example.gov.cn/xxgk/ndbg/index.html");

    [Fact]
    public void Read_TrsColumnWithPagerScript_FindsItemsAndEveryOtherPage()
    {
        const string html = """
            <html><head><meta charset="utf-8"><title>年度报告</title></head><body>
            <ul class="list">
            <li><a href="./202401/t20240115_3271106.html" target="_blank" title="石家庄市人民政府办公室2023年度政府信息公开工作年度报告">石家庄市人民政府办公室2023年度政府信息公开工作…</a><span>2024-01-15</span></li>
            <li><a href="../../zcwj/202403/t20240310_5.html">关于做好2024年春节期间安全生产工作的通知</a></li>
            </ul>
            <div class="page"><script>createPageHTML(3, 0, "index", "html");</script></div>
            </body></html>
            """;

        var page = ListPageReader.Read(html, TrsColumn);

        Assert.Equal(
            ["http://www.example.gov.cn/xxgk/ndbg/202401/t20240115_3271106.html", "http://www.example.gov.cn/zcwj/202403/t20240310_5.html"],
            page.Items.Select(i => i.Url.AbsoluteUri));
        Assert.Equal("石家庄市人民政府办公室2023年度政府信息公开工作年度报告", page.Items[0].Text);
        Assert.Equal(["http://www.example.gov.cn/xxgk/ndbg/index_1.html", "http://www.example.gov.cn/xxgk/ndbg/index_2.html"], page.OtherPages.Select(p => p.AbsoluteUri));
    }

    [Fact]
    public void Read_HanwebDatastoreWithNextLink_FindsRecordsAndTheNextPage()
    {
        const string html = """
            <html><body><div id="2345"><script type="text/xml"><datastore><recordset>
            <record><![CDATA[<li><a href="/art/2024/1/15/art_123_456.html" title="2023年政府信息公开工作年度报告">2023年政府信息公开工作年度报告</a></li>]]></record>
            <record><![CDATA[<li><a href="/art/2023/1/16/art_123_400.html" title="2022年政府信息公开工作年度报告">2022年政府信息公开工作年度报告</a></li>]]></record>
            </recordset></datastore></script></div>
            <a href="/col/col123/index.html?uid=2345&pageNum=2">下一页</a>
            <a href="http://other.example.gov.cn/col/col9/index.html?uid=1&pageNum=2">下一页</a>
            </body></html>
            """;

        var page = ListPageReader.Read(html, new Uri("http://www.yc.gov.cn/col/col123/index.html"));

        Assert.Equal(["http://www.yc.gov.cn/art/2024/1/15/art_123_456.html", "http://www.yc.gov.cn/art/2023/1/16/art_123_400.html"], page.Items.Select(i => i.Url.AbsoluteUri).Where(u => u.Contains("/art/", StringComparison.Ordinal)));
        Assert.Equal(["http://www.yc.gov.cn/col/col123/index.html?uid=2345&pageNum=2"], page.OtherPages.Select(p => p.AbsoluteUri));
    }

    [Fact]
    public void Read_JavascriptAndAnchorLinks_AreNotItems()
    {
        var page = ListPageReader.Read("""<a href="javascript:void(0)">2023年政府信息公开工作年度报告</a><a href="#top">顶部</a><a href="mailto:a@b.cn">信箱</a>""", TrsColumn);

        Assert.Empty(page.Items);
    }
}
