using System.Reflection;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;
using ReportAudit.Core.Collection;
using ReportAudit.Core.Digest;
using ReportAudit.Core.Ingestion;
using ReportAudit.Core.Model;
using ReportAudit.Core.Storage;
using ReportAudit.Core.Storage.Tables;
using ReportAudit.Functions.Functions;

namespace ReportAudit.IntegrationTests;

/// <summary>
/// Every function class of the Functions app constructed by the container and called, with real blobs and
/// tables in Azurite (the Functions host itself cannot run here).
/// </summary>
[Trait("Category", "Integration")]
public sealed class FunctionClassesTests : IAsyncLifetime
{
    private const string SamplePath = "hebei/001.txt";

    private readonly StorageTestEnvironment _env = new();

    private string _reportId = string.Empty;

    public async Task InitializeAsync()
    {
        await _env.InitializeAsync();
        await using var content = File.OpenRead(StorageTestEnvironment.Sample("001"));
        _reportId = (await _env.Get<IReportIngestion>().IngestAsync(SamplePath, content, null)).Report.Id;
    }

    public Task DisposeAsync() => _env.DisposeAsync();

    /// <summary>Function, HTTP method, query, route values, body, the expected status and a text the answer holds.</summary>
    public static TheoryData<string, string, string, string, string, int, string> Calls => new()
    {
        { nameof(ListReports), "GET", "?region=hebei", "", "", 200, "\"items\"" },
        { nameof(GetReport), "GET", "", "id=REPORT", "", 200, "石家庄市人民政府办公室" },
        { nameof(GetReport), "GET", "", "id=00000000000000000000", "", 404, "00000000000000000000" },
        { nameof(ReviewFinding), "POST", "", "id=REPORT;findingId=no-such-finding", "{\"decision\":\"confirmed\"}", 404, "no-such-finding" },
        { nameof(GetSummary), "GET", "?year=2022", "", "", 200, "\"reports\"" },
        { nameof(GetBody), "GET", "", "key=石家庄市人民政府办公室", "", 200, "2022" },
        { nameof(ListNames), "GET", "", "", "", 200, "{\"name\":\"on-time\",\"zh\":\"按时发布\",\"en\":\"on time\"}" },
        { nameof(GetBodyYears), "GET", "", "key=石家庄市人民政府办公室", "", 200, "\"rowLabel\":\"一、本年新收政府信息公开申请数量\"" },
        { nameof(GetBodyYears), "GET", "", "key=没有这个机关", "", 404, "没有这个机关" },
        { nameof(UploadReport), "POST", "?region=hebei&name=uploaded.txt", "", "某某县人民政府2023年政府信息公开工作年度报告", 202, "\"disposition\":\"uploaded\"" },
        { nameof(UploadReport), "POST", "?region=hebei&name=empty.txt", "", "", 400, "空文件 empty file" },
        { nameof(UploadReport), "POST", "?name=uploaded.txt", "", "某某县人民政府2023年政府信息公开工作年度报告", 400, "region" },
        { nameof(ListRules), "GET", "", "", "", 200, "balance.applications" },
        { nameof(ExportReports), "GET", "", "", "", 200, "石家莊市人民政府辦公室,hebei,2022" },
        { nameof(ExportFindings), "GET", "", "", "", 200, "规则 rule" },
        { nameof(ExportReportsWorkbook), "GET", "?region=hebei", "", "", 200, "xl/worksheets/" },
        { nameof(ExportFindingsWorkbook), "GET", "", "", "", 200, "xl/worksheets/" },
        { nameof(ExportCellsCsv), "GET", "?region=hebei", "", "", 200, "hebei,2022,2021,3,applications,new,total,一、本年新收政府信息公开申请数量,总计,343,343" },
        { nameof(ExportCellsParquet), "GET", "?year=2022", "", "", 200, "PAR1" },
        { nameof(GetReportNotice), "GET", "", "id=REPORT", "", 404, "no confirmed findings" },
        { nameof(ExportNotices), "GET", "?region=hebei", "", "", 400, "year" },
        { nameof(GetTracking), "GET", "?region=hebei&year=2022", "", "", 200, "\"bodies\"" },
        { nameof(GetReportTracking), "GET", "", "id=REPORT", "", 200, "[]" },
        { nameof(SetRoster), "PUT", "", "", "body,region,kind\n某某县人民政府,hebei,government\n", 200, "某某县人民政府" },
        { nameof(GetRoster), "GET", "", "", "", 200, "[" },
        { nameof(ReprocessReports), "POST", "?all=false", "", "", 200, "\"processed\"" },
        { nameof(RetryFailedReports), "POST", "", "", "", 200, "\"processed\"" },
        { nameof(RebuildAggregates), "POST", "", "", "", 200, "\"reports\":1" },
        { nameof(PreviewDigest), "GET", "?week=2023-W47", "", "", 200, "2023-W47" },
        { nameof(CollectReports), "POST", "", "", "{\"urls\":[\"http://127.0.0.1:1/t20240115_1.html\"],\"region\":\"hebei\",\"years\":[2023]}", 202, "\"queued\":1" },
        { nameof(CollectReports), "POST", "", "", "{\"years\":\"twenty\"}", 400, "years" },
        { nameof(ListCollection), "GET", "", "", "", 200, "\"runs\"" },
        { nameof(ListCollection), "GET", "?run=no-such-run", "", "", 404, "no-such-run" },
        { nameof(GetOpenApi), "GET", "", "", "", 200, "\"openapi\":\"3.0.3\"" },
        { nameof(ShowDashboard), "GET", "", "", "", 200, "<!DOCTYPE html>" },
        { nameof(GetDashboardAsset), "GET", "", "file=app.js", "", 200, "function" },
        { nameof(GetDashboardAsset), "GET", "", "file=../secret", "", 404, "secret" },
    };

    [Theory]
    [MemberData(nameof(Calls))]
    public async Task HttpFunction_CalledWithARequest_AnswersFromCore(string function, string method, string query, string route, string body, int status, string expected)
    {
        var type = typeof(GetReport).Assembly.GetType("ReportAudit.Functions.Functions." + function)!;
        var instance = ActivatorUtilities.CreateInstance(_env.Services, type);
        var run = type.GetMethod("Run")!;
        var values = route.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(v => v.Split('=')).ToDictionary(v => v[0], v => v[1].Replace("REPORT", _reportId, StringComparison.Ordinal));
        var http = new DefaultHttpContext { RequestServices = _env.Services };
        http.Request.Method = method;
        http.Request.QueryString = new QueryString(query);
        http.Request.ContentType = body.StartsWith('{') ? "application/json" : "text/csv";
        http.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(body));
        http.Response.Body = new MemoryStream();
        var arguments = run.GetParameters().Select(p => p.ParameterType == typeof(HttpRequest) ? http.Request
            : p.ParameterType == typeof(CancellationToken) ? (object)CancellationToken.None
            : values[p.Name!]).ToArray();

        var result = await (Task<IActionResult>)run.Invoke(instance, arguments)!;
        await result.ExecuteResultAsync(new ActionContext(http, new RouteData(), new ActionDescriptor()));

        Assert.Equal(status, http.Response.StatusCode);
        var text = Encoding.UTF8.GetString(((MemoryStream)http.Response.Body).ToArray());
        Assert.True(text.Contains(expected, StringComparison.Ordinal), text);
    }

    [Fact]
    public async Task ReconcileReports_BlobTheTriggerMissed_IsStored()
    {
        await _env.Reports.GetBlobClient("hebei/missed.txt").UploadAsync(BinaryData.FromBytes(await File.ReadAllBytesAsync(StorageTestEnvironment.Sample("004"))));
        var function = ActivatorUtilities.CreateInstance<ReconcileReports>(_env.Services);

        await function.Run(new TimerInfo(), CancellationToken.None);

        var stored = await _env.Get<IReportRepository>().GetAsync(TableKeys.ReportId("hebei/missed.txt"));
        Assert.Equal(ReportStatus.Parsed, stored?.Status);
    }

    [Fact]
    public async Task SendWeeklyDigest_Subscriber_IsSentTheLastWeeksDigestThroughSmtp()
    {
        var address = $"functions-{Guid.NewGuid():N}@example.test";
        await _env.Get<ISubscriptionStore>().UpsertAsync(new DigestSubscription(address, ["hebei"]));
        var function = ActivatorUtilities.CreateInstance<SendWeeklyDigest>(_env.Services);

        await function.Run(new TimerInfo(), CancellationToken.None);

        var week = _env.Get<WeeklyDigestJob>().LastCompletedWeek();
        var run = await _env.Get<IDigestRunStore>().GetAsync(week, address);
        Assert.Equal(DigestRunStatus.Sent, run?.Status);
    }

    [Fact]
    public async Task FetchCollectionItem_UrlNobodyAnswers_EndsAsAnErrorInTheLog()
    {
        var message = new CollectionMessage("run-fetch", CollectionMessage.Article, "http://127.0.0.1:1/t20240115_1.html", "hebei", "某某县人民政府", [2023]);
        var function = ActivatorUtilities.CreateInstance<FetchCollectionItem>(_env.Services);

        await function.Run(message.ToJson(), CancellationToken.None);

        var entry = Assert.Single(await _env.Get<ICollectionLog>().ListAsync("run-fetch"));
        Assert.Equal((CollectionOutcome.Error, "某某县人民政府"), (entry.Outcome, entry.Body));
    }

    [Fact]
    public async Task RecordPoisonCollectionItem_MessageGivenUp_IsRecordedAsAnError()
    {
        var message = new CollectionMessage("run-poison", CollectionMessage.List, "http://127.0.0.1:1/col/index.html", "hebei", null, []);
        var function = ActivatorUtilities.CreateInstance<RecordPoisonCollectionItem>(_env.Services);

        await function.Run(message.ToJson(), CancellationToken.None);

        var entry = Assert.Single(await _env.Get<ICollectionLog>().ListAsync("run-poison"));
        Assert.Equal(CollectionOutcome.Error, entry.Outcome);
        Assert.Contains("gave up", entry.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecollectReportColumns_RememberedColumn_IsQueuedAgain()
    {
        await _env.Get<ICollectionLog>().SaveColumnAsync(new CollectionColumn("http://127.0.0.1:1/col/col123/index.html", "hebei", "某某县人民政府", [2023]));
        var function = ActivatorUtilities.CreateInstance<RecollectReportColumns>(_env.Services);

        await function.Run(new TimerInfo(), CancellationToken.None);

        var queue = new Azure.Storage.Queues.QueueClient(StorageTestEnvironment.Connection, _env.Settings["CollectionQueue"]);
        var peeked = await queue.PeekMessagesAsync(10);
        var message = CollectionMessage.Parse(Assert.Single(peeked.Value).MessageText);
        Assert.Equal((CollectionMessage.List, "http://127.0.0.1:1/col/col123/index.html", "hebei"), (message?.Kind, message?.Url, message?.Region));
    }

    [Fact]
    public void EveryFunctionClass_IsCalledByATestHere()
    {
        var covered = Calls.Select(c => (string)c[0]).Concat([nameof(ReconcileReports), nameof(SendWeeklyDigest), nameof(ProcessUploadedReport), nameof(RecordPoisonReport), nameof(FetchCollectionItem), nameof(RecordPoisonCollectionItem), nameof(RecollectReportColumns)]).ToHashSet();
        var functions = typeof(GetReport).Assembly.GetTypes().Where(t => t.GetMethods().Any(m => m.GetCustomAttribute<FunctionAttribute>() is not null)).Select(t => t.Name);

        Assert.All(functions, f => Assert.Contains(f, covered));
    }
}
