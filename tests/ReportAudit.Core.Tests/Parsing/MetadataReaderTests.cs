using System.Text;
using ReportAudit.Core.Model;
using ReportAudit.Core.Parsing;

namespace ReportAudit.Core.Tests.Parsing;

/// <summary>
/// The order of trust of the metadata, on the text of sample 004 (安泰街道办事处, 2023, signed 2024年1月4日) with the
/// title and page lines a CMS puts above it.
/// </summary>
public sealed class MetadataReaderTests
{
    private static readonly DateTimeOffset ReceivedAt = new(2024, 3, 6, 2, 0, 0, TimeSpan.Zero);

    private readonly ReportParser _parser = new();

    private AnnualReport ParseWithPreamble(string preamble, ParseHints? hints = null, string ending = "")
    {
        var sample = File.ReadAllText(FixtureFiles.Sample("004"), Encoding.UTF8);
        return _parser.Parse(Encoding.UTF8.GetBytes(preamble + "\n" + sample + ending), "004.txt", hints ?? ParseHints.ReceivedOn(ReceivedAt));
    }

    [Fact]
    public void Parse_TimeStampAfterTheSignature_IsNoSignatureDate()
    {
        // A saved page's stamp under the text: the signature's 2024年1月4日 is the date.
        var report = ParseWithPreamble("2023年政府信息公开工作年度报告", ending: "\n2024-03-05 14:21:07\n");

        Assert.Equal(new DateOnly(2024, 1, 4), report.PublishedOn);
        Assert.Equal(PublishedSource.Signature, report.PublishedOnSource);
    }

    [Fact]
    public void Parse_OfficeNamedBySourceForAGovernmentsReport_TheTitlesBodyWins()
    {
        var report = ParseWithPreamble("鼓楼区2023年度政府信息公开工作年度报告\n来源：鼓楼区管委会办公室 时间：2024-01-10 09:30 浏览次数：123");

        Assert.Equal("鼓楼区", report.Body);
        Assert.Equal(BodySource.Title, report.BodySource);
        Assert.Equal(new DateOnly(2024, 1, 10), report.PublishedOn);
        Assert.Equal(PublishedSource.DateField, report.PublishedOnSource);
    }

    [Fact]
    public void Parse_TitleWithoutBody_TakesTheSourceField()
    {
        var report = ParseWithPreamble("2023年政府信息公开工作年度报告\n发布时间：2024-01-10　来源：鼓楼区安泰街道办事处");

        Assert.Equal("鼓楼区安泰街道办事处", report.Body);
        Assert.Equal(BodySource.PageField, report.BodySource);
        Assert.Equal(PublishedSource.PublishedField, report.PublishedOnSource);
    }

    [Fact]
    public void Parse_SourceIsTheSite_IsNoBody()
    {
        var report = ParseWithPreamble("2023年政府信息公开工作年度报告\n发布时间：2024-01-10 来源：本站");

        Assert.Equal("安泰街道办事处", report.Body);
        Assert.Equal(BodySource.Signature, report.BodySource);
    }

    [Fact]
    public void Parse_PageDateBeforeTheReportYear_IsDroppedWithANoticeAndTheSignatureTaken()
    {
        var report = ParseWithPreamble("2023年政府信息公开工作年度报告\n发布日期：2022-12-30");

        Assert.Equal(new DateOnly(2024, 1, 4), report.PublishedOn);
        Assert.Equal(PublishedSource.Signature, report.PublishedOnSource);
        var notice = Assert.Single(report.Notices, n => n.Code == "meta.date-before-year");
        Assert.Contains("2022-12-30", notice.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SignatureAfterTheFileWasReceived_IsLeftEmptyWithANotice()
    {
        var report = ParseWithPreamble("2023年政府信息公开工作年度报告", ParseHints.ReceivedOn(new DateTimeOffset(2024, 1, 2, 0, 0, 0, TimeSpan.Zero)));

        Assert.Null(report.PublishedOn);
        Assert.Contains(report.Notices, n => n.Code == "meta.date-after-received" && n.MessageZh.Contains("2024-01-04", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_PrintedDateOnly_IsNoPublicationDate()
    {
        var report = ParseWithPreamble("2023年政府信息公开工作年度报告\n打印日期：2024-03-05 生成日期：2024-03-05");

        Assert.Equal(new DateOnly(2024, 1, 4), report.PublishedOn);
        Assert.Equal(PublishedSource.Signature, report.PublishedOnSource);
    }

    [Fact]
    public void Parse_WrittenDateBeforePublishedDate_PublishedWins()
    {
        var report = ParseWithPreamble("成文日期：2024-01-04\n发布日期：2024-01-08\n2023年政府信息公开工作年度报告");

        Assert.Equal(new DateOnly(2024, 1, 8), report.PublishedOn);
        Assert.Equal(PublishedSource.PublishedField, report.PublishedOnSource);
    }

    [Fact]
    public void Parse_YearInTitle_WinsOverTheNarrative()
    {
        // Section 一 opens with 2023年; the title says 2023 too, and is the source of the year.
        var report = ParseWithPreamble("当前位置：首页 > 政务公开 > 政府信息公开年报\n安泰街道2023年政府信息公开工作年度报告");

        Assert.Equal(2023, report.TitleYear);
        Assert.Equal("安泰街道", report.Body);
        Assert.DoesNotContain(report.Notices, n => n.Code == "meta.year-from-text");
    }

    [Fact]
    public void Parse_UploadPathBody_WinsOverTheTitle()
    {
        var report = ParseWithPreamble("鼓楼区2023年度政府信息公开工作年度报告", new ParseHints("安泰街道办事处", BodySource.UploadPath, ReceivedAt));

        Assert.Equal("安泰街道办事处", report.Body);
        Assert.Equal(BodySource.UploadPath, report.BodySource);
    }

    [Fact]
    public void Parse_TitleWithGuanyu_ReadsTheBodyBeforeIt()
    {
        var report = ParseWithPreamble("鼓楼区安泰街道办事处关于2023年度政府信息公开工作年度报告");

        Assert.Equal("鼓楼区安泰街道办事处", report.Body);
        Assert.Equal(BodySource.Title, report.BodySource);
    }

    [Theory]
    [InlineData("我街道2023年政府信息公开工作年度报告")]
    [InlineData("本街道2023年政府信息公开工作年度报告")]
    public void Parse_TitleSaysOnlyOurDistrict_TakesTheNextSource(string title)
    {
        var report = ParseWithPreamble(title);

        Assert.Equal("安泰街道办事处", report.Body);
        Assert.Equal(BodySource.Signature, report.BodySource);
    }

    [Fact]
    public void Parse_BodyStartingWithBen_IsStillABody()
    {
        var report = ParseWithPreamble("本溪市2023年政府信息公开工作年度报告");

        Assert.Equal("本溪市", report.Body);
    }

    [Theory]
    [InlineData("标题：鼓楼区2023年度政府信息公开工作年度报告")]
    [InlineData("【政府信息公开年报】鼓楼区2023年度政府信息公开工作年度报告")]
    public void Parse_TitleWithLabelOrColumnName_ReadsTheTitleWithoutIt(string line)
    {
        var report = ParseWithPreamble(line);

        Assert.Equal("鼓楼区2023年度政府信息公开工作年度报告", report.Title);
        Assert.Equal("鼓楼区", report.Body);
    }

    [Fact]
    public void Parse_ChromeLineAboveTheTitle_IsNoBody()
    {
        var report = ParseWithPreamble("来源：鼓楼区人民政府办公室\n2023年政府信息公开工作年度报告");

        Assert.Equal("鼓楼区人民政府办公室", report.Body);
        Assert.Equal(BodySource.PageField, report.BodySource);
    }
}
