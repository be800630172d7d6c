using System.Text;
using System.Text.Json;
using ReportAudit.Core.Ingestion;
using ReportAudit.Core.Model;
using ReportAudit.Core.Reviews;
using ReportAudit.Core.Storage;
using ReportAudit.Core.Storage.Tables;
using ReportAudit.Core.Tracking;

namespace ReportAudit.IntegrationTests;

/// <summary>
/// Rectification tracking against Azurite, on sample 003 (凉州区城市管理综合执法局, 2021): two findings are confirmed
/// (template.outdated, plausibility.regulations-power) and one dismissed (date.impossible); the report's notice is
/// produced on a fixed date of issue (2025-11-03, reply within 20 days: due 2025-11-23, so overdue by now); then the body
/// publishes a corrected version whose 规章 row is 0 | 0 | 0 instead of 2 | 2 | 2, so the regulations finding is gone.
/// </summary>
[Trait("Category", "Integration")]
public sealed class TrackingTests : IAsyncLifetime
{
    private const string Reviewer = "审核员甲 reviewer-a";
    private const string RegulationsRow = "规章 | 2 | 2 | 2 | |";

    private readonly StorageTestEnvironment _env = new(new Dictionary<string, string?>
    {
        ["Notices:ReplyDays"] = "20",
        ["Notices:IssuedOn"] = "2025-11-03",
    });

    private string _text = string.Empty;

    public async Task InitializeAsync()
    {
        await _env.InitializeAsync();
        _text = await File.ReadAllTextAsync(StorageTestEnvironment.Sample("003"));
        Assert.Contains(RegulationsRow, _text, StringComparison.Ordinal);
    }

    public Task DisposeAsync() => _env.DisposeAsync();

    private string Corrected => _text.Replace(RegulationsRow, "规章 | 0 | 0 | 0 | |", StringComparison.Ordinal);

    private async Task<StoredReport> IngestAsync(string path, string text)
    {
        using var content = new MemoryStream(Encoding.UTF8.GetBytes(text));
        return (await _env.Get<IReportIngestion>().IngestAsync(new UploadedBlob(path, null), content, force: false)).Report;
    }

    private async Task<string> ReviewAsync(string reportId, string rule, ReviewDecision decision)
    {
        var finding = (await _env.Get<IFindingRepository>().GetAsync(reportId)).Single(f => f.Finding.RuleId == rule);
        Assert.NotNull(await _env.Get<FindingReviewService>().ReviewAsync(reportId, finding.Finding.Id, decision, "复核 note", Reviewer));
        return finding.Finding.Id;
    }

    /// <summary>Ingests 003, reviews three findings and produces its notice; returns the report and the two confirmed finding ids.</summary>
    private async Task<(StoredReport Report, string Outdated, string Regulations, string Date)> NotifiedAsync(string path)
    {
        var report = await IngestAsync(path, _text);
        var outdated = await ReviewAsync(report.Id, "template.outdated", ReviewDecision.Confirmed);
        var regulations = await ReviewAsync(report.Id, "plausibility.regulations-power", ReviewDecision.Confirmed);
        var date = await ReviewAsync(report.Id, "date.impossible", ReviewDecision.Dismissed);
        var (result, _) = await RouteCall.RunAsync(_env.Services, "GetReportNotice", route: new Dictionary<string, string> { ["id"] = report.Id });
        Assert.Equal(200, result.Status);
        return (report, outdated, regulations, date);
    }

    private async Task<JsonElement> CountsAsync(string? region, int? year)
    {
        var query = new Dictionary<string, string>();
        if (region is not null)
        {
            query["region"] = region;
        }

        if (year is { } y)
        {
            query["year"] = y.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var (result, body) = await RouteCall.RunAsync(_env.Services, "GetTracking", query);
        Assert.Equal(200, result.Status);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static (int Open, int Confirmed, int Notified, int Corrected, int Dismissed, int Overdue) Counts(JsonElement counts) => (
        counts.GetProperty("open").GetInt32(),
        counts.GetProperty("confirmed").GetInt32(),
        counts.GetProperty("notified").GetInt32(),
        counts.GetProperty("corrected").GetInt32(),
        counts.GetProperty("dismissed").GetInt32(),
        counts.GetProperty("overdue").GetInt32());

    [Fact]
    public async Task ReviewThenNotice_ConfirmedFindingsAreNotifiedWithTheReplyDeadlineAndTheHistoryKeepsWhoAndWhen()
    {
        var (report, outdated, regulations, date) = await NotifiedAsync("gansu/003.txt");

        var tracked = await _env.Get<TrackingService>().ForReportAsync(report.Id);
        Assert.Equal([date, regulations, outdated], tracked.Keys.Order(StringComparer.Ordinal).ToArray());
        Assert.Equal(FindingState.Dismissed, tracked[date].State);
        foreach (var id in new[] { outdated, regulations })
        {
            var finding = tracked[id];
            Assert.Equal(FindingState.Notified, finding.State);
            Assert.Equal(new DateOnly(2025, 11, 23), finding.DueOn);
            Assert.Equal([FindingState.Confirmed, FindingState.Notified], finding.History.Select(h => h.State).ToArray());
            Assert.Equal([Reviewer, "anonymous"], finding.History.Select(h => h.By).ToArray());
            Assert.Equal("复核 note", finding.History[0].Note);
            Assert.Contains("2025-11-23", finding.History[1].Note, StringComparison.Ordinal);
        }

        // A second notice does not move the deadline: the first notification stands.
        Assert.Equal(200, (await RouteCall.RunAsync(_env.Services, "GetReportNotice", route: new Dictionary<string, string> { ["id"] = report.Id })).Result.Status);
        Assert.Equal(2, (await _env.Get<TrackingService>().ForReportAsync(report.Id))[outdated].History.Count);

        var all = (await _env.Get<IFindingRepository>().GetAsync(report.Id)).Count;
        var counts = await CountsAsync("gansu", 2021);
        Assert.Equal((all - 3, 0, 2, 0, 1, 2), Counts(counts.GetProperty("total")));
        var body = Assert.Single(counts.GetProperty("bodies").EnumerateArray());
        Assert.Equal("凉州区城市管理综合执法局", body.GetProperty("body").GetString());
        Assert.Equal((all - 3, 0, 2, 0, 1, 2), Counts(body.GetProperty("counts")));
        Assert.Equal("gansu", Assert.Single(counts.GetProperty("regions").EnumerateArray()).GetProperty("region").GetString());
        Assert.Equal(0, Counts((await CountsAsync("hebei", 2021)).GetProperty("total")).Notified);
    }

    [Fact]
    public async Task NewVersionOfTheSameBlobWithoutTheFinding_CorrectsItAndKeepsTheOneStillRaised()
    {
        var (report, outdated, regulations, _) = await NotifiedAsync("gansu/003.txt");

        var second = await IngestAsync("gansu/003.txt", Corrected);

        Assert.Equal(report.Id, second.Id);
        var raised = (await _env.Get<IFindingRepository>().GetAsync(second.Id)).Select(f => f.Finding.Id).ToList();
        Assert.DoesNotContain(regulations, raised);
        Assert.Contains(outdated, raised);
        var tracked = await _env.Get<TrackingService>().ForReportAsync(second.Id);
        var corrected = tracked[regulations];
        Assert.Equal(FindingState.Corrected, corrected.State);
        Assert.Equal([FindingState.Confirmed, FindingState.Notified, FindingState.Corrected], corrected.History.Select(h => h.State).ToArray());
        Assert.Equal("第2版 version 2", corrected.History[^1].By);
        Assert.Contains("gansu/003.txt", corrected.History[^1].Note, StringComparison.Ordinal);
        Assert.Equal(FindingState.Notified, tracked[outdated].State);

        var counts = Counts((await CountsAsync("gansu", null)).GetProperty("total"));
        Assert.Equal((0, 1, 1, 1), (counts.Confirmed, counts.Notified, counts.Corrected, counts.Overdue));

        // The weekly digest of this week lists the correction.
        var week = Core.Storage.IsoWeek.Of(corrected.ChangedAt, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"));
        var digest = (await _env.Get<Core.Digest.DigestDataSource>().LoadAsync(week)).For(["gansu"]);
        var listed = Assert.Single(digest.Corrected);
        Assert.Equal(("凉州区城市管理综合执法局", 2021, "plausibility.regulations-power"), (listed.Body, listed.Year, listed.RuleId));
        Assert.Empty((await _env.Get<Core.Digest.DigestDataSource>().LoadAsync(week.Previous)).For(["gansu"]).Corrected);
    }

    [Fact]
    public async Task NewVersionFromAnotherBlob_CorrectsTheGoneFindingAndCarriesTheStillRaisedOneOverWithoutCountingItTwice()
    {
        var (report, outdated, regulations, _) = await NotifiedAsync("gansu/003.txt");

        var second = await IngestAsync("gansu/003-更正.txt", Corrected);

        Assert.NotEqual(report.Id, second.Id);
        var old = await _env.Get<TrackingService>().ForReportAsync(report.Id);
        Assert.Equal(FindingState.Corrected, old[regulations].State);
        var carried = (await _env.Get<TrackingService>().ForReportAsync(second.Id))[outdated];
        Assert.Equal(FindingState.Notified, carried.State);
        Assert.Equal(new DateOnly(2025, 11, 23), carried.DueOn);
        Assert.Equal([Reviewer, "anonymous", "第2版 version 2"], carried.History.Select(h => h.By).ToArray());

        // The carried review keeps the finding in the new version's notice.
        Assert.Equal(ReviewDecision.Confirmed, (await _env.Get<IReviewStore>().GetAsync(second.Id))[TableKeys.Escape(outdated)].Decision);

        var newOpen = (await _env.Get<IFindingRepository>().GetAsync(second.Id)).Count - 1;
        var counts = Counts((await CountsAsync("gansu", 2021)).GetProperty("total"));
        Assert.Equal((newOpen, 0, 1, 1, 0, 1), counts);
    }

    [Fact]
    public void StateNames_AreOneMappingBothWays()
    {
        foreach (var state in Enum.GetValues<FindingState>())
        {
            Assert.Equal(state, EnumNames.Parse(EnumNames.Name(state), FindingState.Open));
        }

        Assert.Equal(["open", "confirmed", "notified", "corrected", "dismissed"], Enum.GetValues<FindingState>().Select(EnumNames.Name).ToArray());
        Assert.Equal(FindingState.Confirmed, FindingStateNames.OfReview(new FindingReview(ReviewDecision.Confirmed, null, "x", DateTimeOffset.UnixEpoch)));
        Assert.False(EnumNames.TryParse<FindingState>("fixed", out _));
    }
}
