using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Time.Testing;
using ReportAudit.Core.Digest;
using ReportAudit.Core.Ingestion;
using ReportAudit.Core.Storage;
using ReportAudit.Core.Validation;

namespace ReportAudit.IntegrationTests.Digest;

/// <summary>The weekly digest end to end: the five samples ingested into Azurite, the job, MailKit, and MailDev as the SMTP server.</summary>
[Trait("Category", "Integration")]
public sealed class WeeklyDigestTests : IAsyncLifetime
{
    private static readonly TimeSpan Cst = TimeSpan.FromHours(8);
    private static readonly IsoWeek Week = IsoWeek.Parse("2023-W47");

    private readonly StorageTestEnvironment _env = new();
    private readonly MailDevClient _mail = new();
    private readonly string _id = Guid.NewGuid().ToString("N")[..12];

    public Task InitializeAsync() => _env.InitializeAsync();

    public async Task DisposeAsync()
    {
        _mail.Dispose();
        await _env.DisposeAsync();
    }

    private string Address(string who) => $"{who}-{_id}@example.test";

    private DigestTestHost Host(FakeTimeProvider time, int smtpPort, params (string Key, string Value)[] extra)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Digest:Recipients"] = Address("all"),
            ["Digest:DashboardUrl"] = "http://127.0.0.1:7071/api/dashboard",
            ["Digest:TimeZone"] = "Asia/Shanghai",
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = smtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Smtp:Security"] = "None",
            ["Smtp:From"] = "Report audit <audit@example.test>",
        };
        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }

        return new DigestTestHost(_env, time, settings);
    }

    /// <summary>Sample 002 processed in 2023-W46, the other four in 2023-W47; a roster of three bodies; the clock left at Monday 2023-11-27 08:00 CST.</summary>
    private static async Task SeedAsync(DigestTestHost host, FakeTimeProvider time)
    {
        var ingestion = host.Get<IReportIngestion>();
        async Task IngestAsync(string path, string sample)
        {
            await using var content = File.OpenRead(StorageTestEnvironment.Sample(sample));
            await ingestion.IngestAsync(path, content, "\"etag\"");
        }

        time.SetUtcNow(new DateTimeOffset(2023, 11, 15, 10, 0, 0, Cst));
        await IngestAsync("tianjin/002.txt", "002");
        time.SetUtcNow(new DateTimeOffset(2023, 11, 22, 10, 0, 0, Cst));
        await IngestAsync("hebei/000.txt", "000");
        await IngestAsync("hebei/001.txt", "001");
        await IngestAsync("gansu/003.txt", "003");
        await IngestAsync("tianjin/004.txt", "004");
        await host.Get<IRosterStore>().SetAsync("body,region,kind\n石家庄市人民政府办公室,hebei,government\n天津市静海区人民政府办公室,tianjin,government\n某某县人民政府办公室,hebei,government\n");
        time.SetUtcNow(new DateTimeOffset(2023, 11, 27, 8, 0, 0, Cst));
    }

    [Fact]
    public async Task RunAsync_Samples_DeliversEachRecipientTheirDigestWithSubjectPartsAndNumbers()
    {
        var time = new FakeTimeProvider();
        await using var host = Host(time, MailDevClient.SmtpPort);
        await SeedAsync(host, time);
        await host.Get<ISubscriptionStore>().UpsertAsync(new DigestSubscription(Address("hebei"), ["hebei"]));
        var thisWeek = new List<StoredReport>();
        await foreach (var report in host.Get<IReportRepository>().ListAllAsync())
        {
            if (report.BlobPath != "tianjin/002.txt")
            {
                thisWeek.Add(report);
            }
        }

        var result = await host.Get<WeeklyDigestJob>().RunAsync(Week);

        Assert.Equal(2, result.Sent);
        Assert.Empty(result.Failed);
        var all = await _mail.WaitForAsync(Address("all"));
        var failed = thisWeek.Count(r => r.Verdict == Verdict.Failed);
        Assert.Equal($"政府信息公开年度报告核查周报 2023-W47：收到 4 份，未通过 {failed} 份", all.Subject);
        Assert.Contains("统计周：2023-W47（2023-11-20 至 2023-11-26）", all.Text, StringComparison.Ordinal);
        Assert.Contains("本周收到报告 4 份，完成核查 4 份。", all.Text, StringComparison.Ordinal);
        Assert.Contains("合计 | 4 | 1 | +3", all.Text, StringComparison.Ordinal);
        Assert.Contains($"未通过 | {failed} | ", all.Text, StringComparison.Ordinal);
        Assert.Contains("== 尚未提交 2022 年度报告的机关（2/3） ==", all.Text, StringComparison.Ordinal);
        Assert.Contains("- 天津市静海区人民政府办公室（tianjin，政府）：截止日期 2023-03-31，已逾期 241 天", all.Text, StringComparison.Ordinal);
        Assert.Contains("- 某某县人民政府办公室（hebei，政府）", all.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("- 石家庄市人民政府办公室", all.Text, StringComparison.Ordinal);
        Assert.StartsWith("<!DOCTYPE html>", all.Html, StringComparison.Ordinal);
        Assert.Contains("本周收到报告 4 份，完成核查 4 份。", all.Html, StringComparison.Ordinal);
        Assert.Contains("href=\"http://127.0.0.1:7071/api/dashboard\"", all.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", all.Html, StringComparison.OrdinalIgnoreCase);

        var hebei = await _mail.WaitForAsync(Address("hebei"));
        Assert.Equal($"政府信息公开年度报告核查周报 2023-W47（hebei）：收到 2 份，未通过 {thisWeek.Count(r => r.Region == "hebei" && r.Verdict == Verdict.Failed)} 份", hebei.Subject);
        Assert.Contains("合计 | 2 | 0 | +2", hebei.Text, StringComparison.Ordinal);
        Assert.Contains("== 尚未提交 2022 年度报告的机关（1/2） ==", hebei.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("天津市静海区", hebei.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MailDev_WebLinkInReadme_ServesTheMailViewerOnLoopback()
    {
        var page = await _mail.WebPageAsync();

        Assert.Contains("ng-app=\"mailDevApp\"", page, StringComparison.Ordinal);
        Assert.StartsWith("http://127.0.0.1:", MailDevClient.BaseUrl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_SecondRunInTheSameWeek_SendsNothing()
    {
        var time = new FakeTimeProvider();
        await using var host = Host(time, MailDevClient.SmtpPort);
        await SeedAsync(host, time);
        var job = host.Get<WeeklyDigestJob>();
        var first = await job.RunAsync(Week);
        await _mail.WaitForAsync(Address("all"));
        time.Advance(TimeSpan.FromHours(2));

        var second = await job.RunAsync(Week);

        Assert.Equal(1, first.Sent);
        Assert.Equal(0, second.Sent);
        Assert.Equal(1, second.Skipped);
        await Task.Delay(500);
        Assert.Single(await _mail.ForAsync(Address("all")));
        var run = await host.Get<IDigestRunStore>().GetAsync(Week, Address("all"));
        Assert.Equal(DigestRunStatus.Sent, run!.Status);
        Assert.Equal(1, run.Attempts);
        Assert.Equal(new DateTimeOffset(2023, 11, 27, 8, 0, 0, Cst), run.SentAt);
    }

    [Fact]
    public async Task RunAsync_SmtpServerDown_RecordsRetriedFailureAndALaterRunSendsTheDigest()
    {
        var time = new FakeTimeProvider();
        var closedPort = ClosedPort();
        await using (var down = Host(time, closedPort, ("Digest:MaxAttempts", "3"), ("Digest:RetryDelay", "00:01:00")))
        {
            await SeedAsync(down, time);
            var started = time.GetUtcNow();

            // The back-off waits on the fake clock: move it on until the run gives up.
            var run = down.Get<WeeklyDigestJob>().RunAsync(Week);
            while (!run.IsCompleted)
            {
                await Task.Delay(20);
                time.Advance(TimeSpan.FromSeconds(30));
            }

            var result = await run;
            Assert.Equal([Address("all")], result.Failed);
            var failed = await down.Get<IDigestRunStore>().GetAsync(Week, Address("all"));
            Assert.Equal(DigestRunStatus.Failed, failed!.Status);
            Assert.Equal(3, failed.Attempts);
            Assert.False(string.IsNullOrEmpty(failed.LastError));
            Assert.Null(failed.SentAt);
            Assert.True(failed.UpdatedAt - started >= TimeSpan.FromMinutes(3), "back-off of 1 + 2 minutes between the three attempts");
            Assert.Empty(await _mail.ForAsync(Address("all")));
        }

        time.Advance(TimeSpan.FromHours(1));
        await using var up = Host(time, MailDevClient.SmtpPort);

        var later = await up.Get<WeeklyDigestJob>().RunAsync(Week);

        Assert.Equal(1, later.Sent);
        var mail = await _mail.WaitForAsync(Address("all"));
        Assert.StartsWith("政府信息公开年度报告核查周报 2023-W47：收到 4 份", mail.Subject, StringComparison.Ordinal);
        var sent = await up.Get<IDigestRunStore>().GetAsync(Week, Address("all"));
        Assert.Equal(DigestRunStatus.Sent, sent!.Status);
        Assert.Equal(4, sent.Attempts);
        Assert.Null(sent.LastError);
    }

    [Fact]
    public async Task PreviewAsync_Region_ReturnsTheHtmlThatRecipientWouldGet()
    {
        var time = new FakeTimeProvider();
        await using var host = Host(time, MailDevClient.SmtpPort);
        await SeedAsync(host, time);

        var tianjin = await host.Get<IReportRepository>().GetAsync(Core.Storage.Tables.TableKeys.ReportId("tianjin/004.txt"));

        var preview = await host.Get<WeeklyDigestJob>().PreviewAsync(Week, "tianjin");

        Assert.Equal($"政府信息公开年度报告核查周报 2023-W47（tianjin）：收到 1 份，未通过 {(tianjin!.Verdict == Verdict.Failed ? 1 : 0)} 份", preview.Subject);
        Assert.Contains("本周收到报告 1 份，完成核查 1 份。", preview.Html, StringComparison.Ordinal);
        Assert.Contains("尚未提交 2022 年度报告的机关（1/1）", preview.Html, StringComparison.Ordinal);
        Assert.Null(await host.Get<IDigestRunStore>().GetAsync(Week, Address("all")));
    }

    private static int ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
