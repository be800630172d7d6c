using System.Globalization;
using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using ReportAudit.Core.Ingestion;
using ReportAudit.Core.Reviews;
using ReportAudit.Core.Storage;
using ReportAudit.Core.Storage.Tables;

namespace ReportAudit.IntegrationTests;

/// <summary>
/// 整改通知 from reviewed findings, against Azurite. Sample 003 (凉州区城市管理综合执法局, 2021) has two errors and a
/// warning: two are confirmed, the impossible date is dismissed. Sample 000 (2022, no body in the file) is uploaded
/// for two bodies named by the uploader; 001 (2022) only has a dismissed finding.
/// </summary>
[Trait("Category", "Integration")]
public sealed class NoticeTests : IAsyncLifetime
{
    private const string Office = "武威市人民政府办公室";
    private const string Liangzhou = "凉州区城市管理综合执法局";
    private const string Gulang = "古浪县人民政府办公室";
    private const string Minqin = "民勤县人民政府办公室";

    private readonly StorageTestEnvironment _env = new(new Dictionary<string, string?>
    {
        ["Notices:IssuingOffice"] = Office,
        ["Notices:ReplyDays"] = "20",
        ["Notices:Contact"] = "政务公开科 0935-0000000",
    });

    private string _liangzhou = string.Empty;

    public async Task InitializeAsync()
    {
        await _env.InitializeAsync();
        _liangzhou = await IngestAsync("gansu/003.txt", "003", null);
        await ReviewAsync(_liangzhou, "template.outdated", ReviewDecision.Confirmed, "经核实，应使用2021年版格式");
        await ReviewAsync(_liangzhou, "plausibility.regulations-power", ReviewDecision.Confirmed, null);
        await ReviewAsync(_liangzhou, "date.impossible", ReviewDecision.Dismissed, "落款日期笔误，已另行核实");

        var gulang = await IngestAsync("gansu/gulang.txt", "000", Gulang);
        var minqin = await IngestAsync("gansu/minqin.txt", "000", Minqin);
        var shijiazhuang = await IngestAsync("gansu/001.txt", "001", null);
        foreach (var (id, decision) in new[] { (gulang, ReviewDecision.Confirmed), (minqin, ReviewDecision.Confirmed), (shijiazhuang, ReviewDecision.Dismissed) })
        {
            var first = (await _env.Get<IFindingRepository>().GetAsync(id)).OrderBy(f => f.Finding.Id, StringComparer.Ordinal).First();
            await _env.Get<FindingReviewService>().ReviewAsync(id, first.Finding.Id, decision, null, "测试 tester");
        }
    }

    public Task DisposeAsync() => _env.DisposeAsync();

    private async Task<string> IngestAsync(string path, string sample, string? body)
    {
        await using var content = File.OpenRead(StorageTestEnvironment.Sample(sample));
        var metadata = body is null ? null : new Dictionary<string, string> { [UploadedBlob.BodyMetadataKey] = Uri.EscapeDataString(body) };
        return (await _env.Get<IReportIngestion>().IngestAsync(new UploadedBlob(path, null, metadata), content, force: false)).Report.Id;
    }

    private async Task ReviewAsync(string reportId, string rule, ReviewDecision decision, string? note)
    {
        var finding = (await _env.Get<IFindingRepository>().GetAsync(reportId)).Single(f => f.Finding.RuleId == rule);
        Assert.NotNull(await _env.Get<FindingReviewService>().ReviewAsync(reportId, finding.Finding.Id, decision, note, "测试 tester"));
    }

    /// <summary>The document's paragraphs, after checking it against the Office schema (Word refuses what does not validate).</summary>
    private static string Text(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        Assert.Empty(new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        return string.Join('\n', document.MainDocumentPart!.Document!.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
    }

    [Fact]
    public async Task ReportNotice_ConfirmedFindings_AreInTheDocumentWithTheirNumbersAndTheDismissedOneIsNot()
    {
        var findings = await _env.Get<IFindingRepository>().GetAsync(_liangzhou);

        var (result, body) = await RouteCall.RunAsync(_env.Services, "GetReportNotice", route: new Dictionary<string, string> { ["id"] = _liangzhou });

        Assert.Equal(200, result.Status);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", result.ContentType);
        Assert.Contains("filename*=UTF-8''" + Uri.EscapeDataString($"{Liangzhou}-2021-整改通知.docx"), result.ContentDisposition, StringComparison.Ordinal);
        var text = Text(body);
        Assert.StartsWith("政府信息公开工作年度报告整改通知书\n" + Liangzhou + "：", text, StringComparison.Ordinal);
        Assert.Contains($"《{Liangzhou}2021年政府信息公开工作年度报告》（文件 gansu/003.txt，编号 {_liangzhou}）存在以下两个问题", text, StringComparison.Ordinal);

        var outdated = findings.Single(f => f.Finding.RuleId == "template.outdated").Finding;
        Assert.Contains("1. " + outdated.MessageZh, text, StringComparison.Ordinal);
        Assert.Contains("数据：应为 2021，报告中为 2019", text, StringComparison.Ordinal);
        Assert.Contains("复核意见：经核实，应使用2021年版格式", text, StringComparison.Ordinal);

        var regulations = findings.Single(f => f.Finding.RuleId == "plausibility.regulations-power").Finding;
        Assert.Contains("2. " + regulations.MessageZh, text, StringComparison.Ordinal);
        Assert.Contains("位置：二、主动公开政府信息情况，“规章”", text, StringComparison.Ordinal);
        Assert.Contains("数据：应为 0，报告中为 本年新制作数量 2、本年新公开数量 2、对外公开总数量 2", text, StringComparison.Ordinal);
        Assert.Contains("原文位置：第16行第6列；第16行第10列；第16行第14列", text, StringComparison.Ordinal);

        var dismissed = findings.Single(f => f.Finding.RuleId == "date.impossible").Finding;
        Assert.DoesNotContain(dismissed.MessageZh, text, StringComparison.Ordinal);
        Assert.DoesNotContain("2020-01-18", text, StringComparison.Ordinal);
        Assert.DoesNotContain("落款日期笔误", text, StringComparison.Ordinal);

        var zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, zone).DateTime);
        var deadline = today.AddDays(20);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"请于{deadline.Year}年{deadline.Month}月{deadline.Day}日前（自本通知发出之日起20日内）将整改情况书面报送{Office}"), text, StringComparison.Ordinal);
        Assert.Contains("联系方式：政务公开科 0935-0000000", text, StringComparison.Ordinal);
        Assert.EndsWith(string.Create(CultureInfo.InvariantCulture, $"{Office}\n{today.Year}年{today.Month}月{today.Day}日"), text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Document_FixedDateOfIssue_CountsTheDeadlineFromIt()
    {
        var options = Microsoft.Extensions.Options.Options.Create(new Core.Notices.NoticeOptions { IssuingOffice = Office, ReplyDays = 30, IssuedOn = new DateOnly(2026, 12, 15) });
        var service = new Core.Notices.NoticeService(_env.Get<IReportRepository>(), _env.Get<IFindingRepository>(), options, TimeProvider.System);

        var text = Text(service.Document((await service.ForReportAsync(_liangzhou))!));

        Assert.Contains($"请于2027年1月14日前（自本通知发出之日起30日内）将整改情况书面报送{Office}", text, StringComparison.Ordinal);
        Assert.EndsWith($"{Office}\n2026年12月15日", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReportNotice_OnlyDismissedFindings_Is404()
    {
        var id = TableKeys.ReportId("gansu/001.txt");

        var (result, body) = await RouteCall.RunAsync(_env.Services, "GetReportNotice", route: new Dictionary<string, string> { ["id"] = id });

        Assert.Equal(404, result.Status);
        Assert.Contains("no confirmed findings", Encoding.UTF8.GetString(body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoticesZip_RegionAndYear_HasOneDocumentPerBodyWithConfirmedFindings()
    {
        var (result, body) = await RouteCall.RunAsync(_env.Services, "ExportNotices", new Dictionary<string, string> { ["region"] = "gansu", ["year"] = "2022" });

        Assert.Equal(200, result.Status);
        Assert.Equal("application/zip", result.ContentType);
        using var zip = new ZipArchive(new MemoryStream(body), ZipArchiveMode.Read);
        Assert.Equal([$"{Gulang}-2022-整改通知.docx", $"{Minqin}-2022-整改通知.docx"], zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
        foreach (var (entry, name) in zip.Entries.Select(e => (e, e.FullName.Split('-')[0])))
        {
            using var copy = new MemoryStream();
            await using (var stream = await entry.OpenAsync())
            {
                await stream.CopyToAsync(copy);
            }

            var text = Text(copy.ToArray());
            var other = name == Gulang ? Minqin : Gulang;
            Assert.Contains(name + "：", text, StringComparison.Ordinal);
            Assert.Contains($"《{name}2022年政府信息公开工作年度报告》", text, StringComparison.Ordinal);
            Assert.Contains("存在以下一个问题", text, StringComparison.Ordinal);
            Assert.DoesNotContain(other, text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("gansu", "2021", 200)]
    [InlineData("gansu", "2019", 404)]
    [InlineData("hebei", "2022", 404)]
    [InlineData("", "2022", 400)]
    [InlineData("gansu", "", 400)]
    public async Task NoticesZip_OtherRegionsAndYears_AnswerAsTheyShould(string region, string year, int status)
    {
        var (result, body) = await RouteCall.RunAsync(_env.Services, "ExportNotices", new Dictionary<string, string> { ["region"] = region, ["year"] = year });

        Assert.Equal(status, result.Status);
        if (status == 200)
        {
            using var zip = new ZipArchive(new MemoryStream(body), ZipArchiveMode.Read);
            Assert.Equal($"{Liangzhou}-2021-整改通知.docx", Assert.Single(zip.Entries).FullName);
        }
    }
}
