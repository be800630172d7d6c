using ReportAudit.Core.Collection;

namespace ReportAudit.Core.Tests.Collection;

public sealed class ArticlePageReaderTests
{
    private static readonly Uri Article = new("http://www.example.gov.cn/xxgk/ndbg/202401/t20240115_3271106.html");

    [Fact]
    public void Read_CmsPageHoldingTheReport_HasItsTitleAndHoldsIt()
    {
        var html = File.ReadAllText(FixtureFiles.Fixture("renditions/001.cms.html"));

        var page = ArticlePageReader.Read(html, Article);

        Assert.Equal(("2022年政府信息公開工作年度報告", true), (page.Title, page.HoldsReport));
        Assert.Empty(page.Attachments);
    }

    [Fact]
    public void Read_PageThatPointsAtAttachments_FindsThemAndDoesNotHoldTheReport()
    {
        const string html = """
            <html><head><meta name="ArticleTitle" content="安泰街道办事处2023年政府信息公开工作年度报告"><title>x_年度报告_政务公开网</title></head>
            <body><div class="TRS_Editor"><p>详见附件。</p><p><img src="./W020240221.png"></p></div>
            <p>附件：<a href="./P020240221_009.docx">安泰街道办事处2023年政府信息公开工作年度报告.docx</a></p>
            <p><a href="/module/download/downfile.jsp?classid=0&amp;filename=2302011234.pdf">扫描件</a></p>
            <p><a href="/xxgk/ndbg/index.html">返回列表</a> <a href="./W020240221.png">图片</a></p>
            </body></html>
            """;

        var page = ArticlePageReader.Read(html, Article);

        Assert.Equal(("安泰街道办事处2023年政府信息公开工作年度报告", false), (page.Title, page.HoldsReport));
        Assert.Equal(
            ["http://www.example.gov.cn/xxgk/ndbg/202401/P020240221_009.docx", "http://www.example.gov.cn/module/download/downfile.jsp?classid=0&filename=2302011234.pdf"],
            page.Attachments.Select(a => a.Url.AbsoluteUri));
    }

    [Fact]
    public void Read_NoTitleMeta_TakesThePageTitle() =>
        Assert.Equal("2023年度政府信息公开工作年度报告_通知公告", ArticlePageReader.Read("<html><head><title>2023年度政府信息公开工作年度报告_通知公告</title></head><body></body></html>", Article).Title);
}
