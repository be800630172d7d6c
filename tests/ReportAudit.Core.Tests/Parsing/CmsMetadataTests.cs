using System.Globalization;
using ReportAudit.Core.Model;
using ReportAudit.Core.Parsing;
using ReportAudit.Core.Serialization;

namespace ReportAudit.Core.Tests.Parsing;

/// <summary>
/// Body, title, year and publication date read where real CMS pages carry them (Fixtures/metadata, made by
/// tools/make_cms_pages.py): the page's <c>&lt;title&gt;</c> and meta tags, 来源/时间 chrome lines, info tables, the
/// signature; the tables of each page are still the sample's.
/// </summary>
public sealed class CmsMetadataTests
{
    /// <summary>When the pages were fetched: after every date they carry except the decoys' own.</summary>
    private static readonly ParseHints Received = ParseHints.ReceivedOn(new DateTimeOffset(2024, 3, 6, 2, 0, 0, TimeSpan.Zero));

    private readonly ReportParser _parser = new();

    private AnnualReport Parse(string page, ParseHints? hints = null) =>
        _parser.Parse(File.ReadAllBytes(FixtureFiles.Fixture("metadata/" + page)), page, hints ?? Received);

    private static string? Day(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("trs-title-suffix.html", "001_d51677336c3a457a", "石家莊市人民政府辦公室", BodySource.Title, "2022年政府信息公開工作年度報告", 2022, "2023-01-16", PublishedSource.DateField)]
    [InlineData("hanweb-office-for-government.html", "004_389509ebf14147a7", "福州市鼓楼区安泰街道", BodySource.Title, "福州市鼓楼区安泰街道2023年政府信息公开工作年度报告", 2023, "2024-01-05", PublishedSource.PublishedField)]
    [InlineData("jiyue-info-table.html", "002_1dc63dd6a21548ca", "天津市静海区人民政府办公室", BodySource.PageField, "2019年政府信息公开工作年度报告", 2019, "2020-01-20", PublishedSource.PublishedField)]
    [InlineData("meta-only.html", "000_97c0cbec448c6c98", "安居区人民政府办公室", BodySource.Title, "安居区人民政府办公室2022年政府信息公开工作年度报告", 2022, "2023-01-19", PublishedSource.PageMeta)]
    [InlineData("signature-date-only.html", "004_389509ebf14147a7", "安泰街道办事处", BodySource.Signature, "2023年政府信息公开工作年度报告", 2023, "2024-01-04", PublishedSource.Signature)]
    public void Parse_CmsPage_ReadsBodyTitleYearAndDateWhereThePageCarriesThem(
        string page, string sampleId, string body, BodySource bodySource, string title, int year, string publishedOn, PublishedSource publishedSource)
    {
        var report = Parse(page);

        Assert.Equal(body, report.Body);
        Assert.Equal(bodySource, report.BodySource);
        Assert.Equal(title, report.Title);
        Assert.Equal(year, report.Year);
        Assert.Equal(year, report.TitleYear);
        Assert.Equal(publishedOn, Day(report.PublishedOn));
        Assert.Equal(publishedSource, report.PublishedOnSource);
        Assert.Equal(ParseStatus.Parsed, report.Status);
        Assert.Empty(ExpectedCells.Differences(ExpectedCells.Load(sampleId), report));
    }

    [Fact]
    public void Parse_SourceIsAnOfficePublishingForTheStreet_TheTitlesBodyWins()
    {
        var report = Parse("hanweb-office-for-government.html");

        Assert.Equal("福州市鼓楼区安泰街道", report.Body);
        Assert.NotEqual("安泰街道党政综合办公室", report.Body);
    }

    [Fact]
    public void Parse_PrintAndGenerationDates_AreNeverThePublicationDate()
    {
        // 生成日期 2024-03-05 comes before 发布日期 in the info table, 打印日期 in the footer: neither is taken.
        var report = Parse("jiyue-info-table.html");

        Assert.Equal(new DateOnly(2020, 1, 20), report.PublishedOn);
        Assert.DoesNotContain(report.Notices, n => n.Code.StartsWith("meta.date-", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_PageDateAfterTheFileWasReceived_IsLeftEmptyWithANotice()
    {
        // Received the day before the page's 时间 (and its PubDate): no date to trust, and no signature.
        var report = Parse("trs-title-suffix.html", ParseHints.ReceivedOn(new DateTimeOffset(2023, 1, 15, 8, 0, 0, TimeSpan.Zero)));

        Assert.Null(report.PublishedOn);
        Assert.Null(report.PublishedOnSource);
        var notice = Assert.Single(report.Notices, n => n.Code == "meta.date-after-received" && n.MessageZh.StartsWith("时间 ", StringComparison.Ordinal));
        Assert.Contains("2023-01-16", notice.MessageZh, StringComparison.Ordinal);
        Assert.Contains("2023-01-15", notice.MessageZh, StringComparison.Ordinal);
        Assert.Contains(report.Notices, n => n.Code == "meta.no-date");
    }

    [Fact]
    public void Parse_ReceivedInChina_ComparesChinaDates()
    {
        // 2023-01-16 01:00 in Beijing is 2023-01-15 17:00 UTC: the page's 2023-01-16 is not after it.
        var report = Parse("trs-title-suffix.html", ParseHints.ReceivedOn(new DateTimeOffset(2023, 1, 15, 17, 0, 0, TimeSpan.Zero)));

        Assert.Equal(new DateOnly(2023, 1, 16), report.PublishedOn);
    }

    [Fact]
    public void Parse_UploaderBody_WinsOverTitleFieldsAndSignature()
    {
        var report = Parse("hanweb-office-for-government.html", new ParseHints("鼓楼区安泰街道办事处", BodySource.Uploader, Received.ReceivedAt));

        Assert.Equal("鼓楼区安泰街道办事处", report.Body);
        Assert.Equal(BodySource.Uploader, report.BodySource);
        Assert.Equal(2023, report.Year);
    }

    [Theory]
    [InlineData("trs-title-suffix.html", "title", "dateField")]
    [InlineData("jiyue-info-table.html", "pageField", "publishedField")]
    [InlineData("meta-only.html", "title", "pageMeta")]
    [InlineData("signature-date-only.html", "signature", "signature")]
    public void CompactJson_CmsPage_SaysWhereBodyAndDateCameFrom(string page, string bodySource, string publishedSource)
    {
        // The check --json line.
        var json = ReportJson.Compact(Parse(page), page);

        Assert.Equal(bodySource, (string?)json["bodySource"]);
        Assert.Equal(publishedSource, (string?)json["publishedSource"]);
    }

    [Fact]
    public void Parse_WithoutHints_StillReadsThePage()
    {
        var report = _parser.Parse(File.ReadAllBytes(FixtureFiles.Fixture("metadata/jiyue-info-table.html")), "x.html");

        Assert.Equal("天津市静海区人民政府办公室", report.Body);
        Assert.Equal(new DateOnly(2020, 1, 20), report.PublishedOn);
    }
}
