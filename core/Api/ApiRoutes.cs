using Microsoft.Extensions.DependencyInjection;
using ReportAudit.Core.Exports;
using ReportAudit.Core.Notices;
using ReportAudit.Core.Summaries;
using static ReportAudit.Core.Api.ApiParameter;

namespace ReportAudit.Core.Api;

/// <summary>
/// The route table: every HTTP route of both hosts, once. The Functions app declares the same routes in its
/// <c>[HttpTrigger]</c> attributes (the runtime needs them there; a test checks they match this table) and
/// delegates to <see cref="ApiRoute.Handle"/>; the local runner maps this table in a loop; the OpenAPI
/// document is generated from it.
/// </summary>
public static class ApiRoutes
{
    private const string Json = "application/json";

    private const string Xlsx = XlsxSheet.ContentType;

    private static readonly ApiParameter Year = new("year", ApiParameterLocation.Query, "报告年度 report year", "integer", 2000, 2100);

    private static readonly ApiParameter[] Filters =
    [
        Year,
        InQuery("region", "地区（上传路径第一级目录） region: first folder of the blob path"),
        InQuery("body", "发布机关 body name"),
        OneOf("status", ReportQuery.Statuses),
        OneOf("verdict", ReportQuery.Verdicts),
        InQuery("rule", "规则编号 rule id, e.g. balance.applications"),
        OneOf("severity", ReportQuery.Severities),
        InQuery("deleted", "true: 也列出原文件已删除的报告 also reports whose source file was deleted", "boolean"),
    ];

    public static readonly IReadOnlyList<ApiRoute> All =
    [
        new("ListReports", "GET", "reports", ApiAccess.Key, "报告列表 list reports (filtered, sorted, paged)", Json,
            [
                .. Filters,
                InQuery("sort", "body, -body, year, -year, verdict, errors, -errors, publishedOn, region, processedAt (prefix - for descending)"),
                InQuery("pageSize", "每页条数 page size (1–200, default 50)", "integer"),
                InQuery("continuationToken", "上一页返回的令牌 token from the previous page"),
            ],
            (s, r, ct) => Reports(s).ListReportsAsync(r.Query, ct)),
        new("GetReport", "GET", "reports/{id}", ApiAccess.Key, "单份报告：模型、发现、原文链接 one report: model, findings, link to the original", Json,
            [InPath("id", "报告编号 report id (20 hex digits)")],
            (s, r, ct) => Reports(s).GetReportAsync(r.Route("id"), ct)),
        new("ReviewFinding", "POST", "reports/{id}/findings/{findingId}/review", ApiAccess.Key, "复核一条发现 confirm or dismiss a finding", Json,
            [InPath("id", "报告编号 report id"), InPath("findingId", "发现编号 finding id")],
            async (s, r, ct) => await Reports(s).ReviewAsync(r.Route("id"), r.Route("findingId"), await r.ReadBodyAsync(ct).ConfigureAwait(false), r.Reviewer, ct).ConfigureAwait(false),
            RequestBody: Json),
        new("GetSummary", "GET", "summary", ApiAccess.Key, "汇总 summary by status, verdict, rule, dates, roster and statistics", Json,
            [Year, InQuery("region", "地区（上传路径第一级目录） region: first folder of the blob path")],
            (s, r, ct) => Reports(s).SummaryAsync(r.Query, ct)),
        new("GetBody", "GET", "bodies/{key}", ApiAccess.Key, "某机关历年报告与同比变化 one body across years", Json,
            [InPath("key", "机关名称或规范化键 body name or key")],
            (s, r, ct) => Reports(s).BodyAsync(r.Route("key"), ct)),
        new("ListNames", "GET", "names", ApiAccess.Key, "名称与标签：处理状态、结论、严重程度、日期状态、整改状态的取值及中英文标签（仪表板启动时读取） the names of statuses, verdicts, severities, date statuses and tracking states, with Chinese and English labels (the dashboard reads them at start)", Json, [],
            (_, _, _) => Task.FromResult(NamesApi.Result)),
        new("GetBodyYears", "GET", "bodies/{key}/years", ApiAccess.Key, "某机关历年同比：三张统计表每个单元格逐年的数值及是否较上年变化（模板原文标签），各部分文字与上年的相似度 one body's years side by side: each cell of the three tables per year, in the template's labels, whether it changed from the year before, and each section's text similarity to the year before", Json,
            [InPath("key", "机关名称或规范化键 body name or key")],
            (s, r, ct) => Reports(s).BodyYearsAsync(r.Route("key"), ct)),
        new("ListRules", "GET", "rules", ApiAccess.Key, "规则目录 the rule catalogue", Json, [],
            (s, _, _) => Task.FromResult(Reports(s).Rules())),
        new("ExportReports", "GET", "export/reports.csv", ApiAccess.Key, "导出报告 CSV (UTF-8 BOM)，含采购总金额、本年收费金额及其单位和折合元 export reports, with the amounts, their units and their value in 元", "text/csv", Filters,
            (s, r, ct) => Reports(s).ExportReportsAsync(r.Query, ct)),
        new("ExportFindings", "GET", "export/findings.csv", ApiAccess.Key, "导出发现 CSV (UTF-8 BOM) export findings", "text/csv", Filters,
            (s, r, ct) => Reports(s).ExportFindingsAsync(r.Query, ct)),
        new("ExportReportsWorkbook", "GET", "export/reports.xlsx", ApiAccess.Key, "导出报告 Excel（中文表头、首行冻结、自动筛选，数字为数值） export reports as an Excel workbook: Chinese headers, frozen header row, autofilter, numbers as numbers", Xlsx, Filters,
            (s, r, _) => Task.FromResult(Exports(s).ReportsWorkbook(r.Query))),
        new("ExportFindingsWorkbook", "GET", "export/findings.xlsx", ApiAccess.Key, "导出发现 Excel（含复核结论；应为、实为为数值） export findings as an Excel workbook, with reviews; expected and actual as numbers", Xlsx, Filters,
            (s, r, _) => Task.FromResult(Exports(s).FindingsWorkbook(r.Query))),
        new("ExportCellsCsv", "GET", "export/cells.csv", ApiAccess.Key, "开放数据：每份报告每个表格单元格一行（机关、地区、年度、模板、部分、行、列、模板标签、数值、原文、单位、原文位置），UTF-8 CSV，逐页流式输出 open data: one row per table cell of every report (body, region, year, template, section, row, column, the template's labels, value, raw text, unit, source location), UTF-8 CSV without BOM, streamed report by report", "text/csv",
            Filters,
            (s, r, _) => Task.FromResult(Exports(s).CellsCsv(r.Query))),
        new("ExportCellsParquet", "GET", "export/cells.parquet", ApiAccess.Key, "开放数据（Parquet）：与 cells.csv 相同的列，数值为 double open data as Parquet: the columns of cells.csv, values as doubles, a row group per 10,000 cells", ExportApi.ParquetContentType,
            Filters,
            (s, r, _) => Task.FromResult(Exports(s).CellsParquet(r.Query))),
        new("GetReportNotice", "GET", "reports/{id}/notice.docx", ApiAccess.Key, "整改通知（Word）：该报告经复核确认的问题、应改正的内容和回复要求；没有确认的问题时 404 the rectification notice of one report as .docx: its confirmed findings, what to correct and how to reply (404 when none is confirmed)", NoticeDocument.ContentType,
            [InPath("id", "报告编号 report id (20 hex digits)")],
            (s, r, ct) => Notices(s).ReportNoticeAsync(r.Route("id"), r.Reviewer, ct)) { Role = ApiRole.Reviewer },
        new("ExportNotices", "GET", "notices.zip", ApiAccess.Key, "某地区某年度的整改通知：每个有经确认问题的机关一份 .docx，打包为 zip the rectification notices of a region and year: one .docx per body with confirmed findings, zipped", NoticeApi.ZipContentType,
            [
                InQuery("region", "地区（上传路径第一级目录） region: first folder of the blob path") with { RequiredInQuery = true },
                Year with { RequiredInQuery = true },
            ],
            (s, r, ct) => Notices(s).RegionNoticesAsync(r.Query, r.Reviewer, ct)) { Role = ApiRole.Reviewer },
        new("GetTracking", "GET", "tracking", ApiAccess.Key, "整改跟踪：各地区、各机关待复核、已确认、已通知整改、已整改、已排除和逾期（已通知且过回复期限）的问题数 rectification tracking: per region and body, how many findings are open, confirmed, notified, corrected, dismissed and overdue (notified and past the reply deadline)", Json,
            [Year, InQuery("region", "地区（上传路径第一级目录） region: first folder of the blob path")],
            (s, r, ct) => s.GetRequiredService<TrackingApi>().CountsAsync(r.Query, ct)),
        new("GetReportTracking", "GET", "reports/{id}/tracking", ApiAccess.Key, "某报告各问题的整改状态及其变更记录（何人、何时） one report's tracked findings: state, reply deadline and the history of changes with who and when", Json,
            [InPath("id", "报告编号 report id (20 hex digits)")],
            (s, r, ct) => s.GetRequiredService<TrackingApi>().ReportAsync(r.Route("id"), ct)),
        new("GetRoster", "GET", "roster", ApiAccess.Key, "应发布机关名单 the roster", Json, [],
            (s, _, ct) => Reports(s).GetRosterAsync(ct)),
        new("SetRoster", "PUT", "roster", ApiAccess.Key, "设置名单（CSV：body,region,kind） set the roster", Json, [],
            async (s, r, ct) => await Reports(s).SetRosterAsync(await r.ReadBodyAsync(ct).ConfigureAwait(false), r.ContentType, ct).ConfigureAwait(false),
            RequestBody: "text/csv"),
        new("ReprocessReports", "POST", "reprocess", ApiAccess.Key, "用当前解析器重新处理 reprocess reports of older parser versions", Json,
            [InQuery("all", "true: 全部重新处理 reprocess everything", "boolean")],
            (s, r, ct) => Reports(s).ReprocessAsync(r.Query, ct)),
        new("RetryFailedReports", "POST", "retry", ApiAccess.Key, "重试失败和无法解析的文件 retry failed and unparseable uploads", Json, [],
            (s, _, ct) => Reports(s).RetryAsync(ct)),
        new("UploadReport", "POST", "uploads", ApiAccess.Key, "上传一份报告文件（请求体为文件内容）：与 upload 命令相同的大小和类型检查、相同内容跳过，随后排队处理；202 返回报告编号和地址，已有相同内容时 200 返回已有报告，被拒绝时 4xx 说明原因 upload one report file (the body is the file's bytes): the upload command's size and type checks and content-hash skip, then queued for processing; 202 with the report id and its Location, 200 with the existing report when the same content is there, 4xx with the reason when refused", Json,
            [
                InQuery("region", "地区（上传路径第一级目录） region: first folder of the blob path") with { RequiredInQuery = true },
                InQuery("name", "文件名 file name (its last path segment is kept)") with { RequiredInQuery = true },
                InQuery("body", "发布机关（可选，已知时） the body, when known (optional)"),
            ],
            (s, r, ct) => s.GetRequiredService<UploadApi>().UploadAsync(r, ct),
            RequestBody: "application/octet-stream", Success: 202) { StreamsBody = true },
        new("RebuildAggregates", "POST", "aggregates/rebuild", ApiAccess.Key, "从报告表重建汇总 rebuild the aggregates from the Reports table", Json, [],
            (s, _, ct) => Reports(s).RebuildAggregatesAsync(ct)),
        new("CollectReports", "POST", "collect", ApiAccess.Key, "采集年报：排队抓取报告地址、栏目页或 CSV 清单 collect reports: queue report URLs, a report column or a CSV of body,region,url", Json, [],
            async (s, r, ct) => await s.GetRequiredService<CollectionApi>().StartAsync(await r.ReadBodyAsync(ct).ConfigureAwait(false), ct).ConfigureAwait(false),
            RequestBody: Json, Success: 202),
        new("ListCollection", "GET", "collection", ApiAccess.Key, "采集结果：每个地址的结果（已保存、已跳过、非报告、404、robots 拒绝、过大、超时、错误） collection outcomes per URL", Json,
            [InQuery("run", "采集批次 run id (default: the latest run)"), InQuery("copies", "true: 比较同一报告的各副本并选定为准的一份 compare the copies of each report and pick the report of record", "boolean")],
            (s, r, ct) => s.GetRequiredService<CollectionApi>().ListAsync(r.Query("run"), r.Query("copies") == "true", ct)),
        new("PreviewDigest", "GET", "digest/preview", ApiAccess.Key, "周报预览 preview the weekly digest", "text/html",
            [InQuery("week", "ISO 周 e.g. 2026-W47"), InQuery("region", "地区 region")],
            (s, r, ct) => s.GetRequiredService<DigestApi>().PreviewAsync(r.Query("week"), r.Query("region"), ct)),
        new("GetOpenApi", "GET", "openapi.json", ApiAccess.Key, "本文档 this document", Json, [],
            (_, _, _) => Task.FromResult(OpenApiDocument.Result)),
        new("ShowDashboard", "GET", "dashboard", ApiAccess.Open, "仪表板页面（无需密钥） the dashboard page (no key)", "text/html", [],
            (_, _, _) => Task.FromResult(DashboardAssets.Get("index.html") ?? ApiResult.NotFound("index.html"))),
        new("GetDashboardAsset", "GET", "dashboard/{file}", ApiAccess.Open, "仪表板的脚本和样式（无需密钥） the dashboard's script and styles (no key)", "text/plain",
            [InPath("file", "文件名 file name: app.js, style.css")],
            (_, r, _) => Task.FromResult(DashboardAssets.Get(r.Route("file")) ?? ApiResult.NotFound($"没有文件 {r.Route("file")} no such file"))),
    ];

    /// <summary>The route served by the Functions class of this name.</summary>
    public static ApiRoute Named(string name) =>
        All.FirstOrDefault(r => r.Name == name) ?? throw new ArgumentException($"No route is named {name}.", nameof(name));

    private static ReportApi Reports(IServiceProvider services) => services.GetRequiredService<ReportApi>();

    private static ExportApi Exports(IServiceProvider services) => services.GetRequiredService<ExportApi>();

    private static NoticeApi Notices(IServiceProvider services) => services.GetRequiredService<NoticeApi>();
}
