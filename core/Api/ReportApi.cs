using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ReportAudit.Core.Exports;
using ReportAudit.Core.Ingestion;
using ReportAudit.Core.Model;
using ReportAudit.Core.Reviews;
using ReportAudit.Core.Storage;
using ReportAudit.Core.Summaries;
using ReportAudit.Core.Validation;
using ReportAudit.Core.Validation.Rules;

namespace ReportAudit.Core.Api;

/// <summary>
/// Every HTTP route's behaviour, host-neutral: parameters in, <see cref="ApiResult"/> out. The Functions
/// app's HTTP functions and the local runner's endpoints are one-line adapters over these methods.
/// </summary>
public sealed class ReportApi(ReportQueryService queries, FindingReviewService reviews, SummaryService summaries, ReportValidator validator, ReportMaintenance maintenance, IReportAggregates aggregates, IRosterStore roster, IFindingRepository findings, StorageOptions storage)
{
    public async Task<ApiResult> ListReportsAsync(Func<string, string?> query, CancellationToken cancellationToken = default)
    {
        var parsed = ReportQuery.Parse(query, out var error);
        return parsed is null ? ApiResult.BadRequest(error!.Value.Parameter, error.Value.Message) : ApiResult.Ok(await queries.ListAsync(parsed, cancellationToken).ConfigureAwait(false));
    }

    public async Task<ApiResult> GetReportAsync(string id, CancellationToken cancellationToken = default)
    {
        if (!IsReportId(id))
        {
            return ApiResult.BadRequest("id", "id 应为 20 位十六进制 must be 20 hexadecimal digits");
        }

        var report = await queries.GetAsync(id, cancellationToken).ConfigureAwait(false);
        return report is null ? ApiResult.NotFound($"没有编号为 {id} 的报告 no report {id}") : ApiResult.OkNode(report);
    }

    public async Task<ApiResult> SummaryAsync(Func<string, string?> query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var parsed = ReportQuery.Parse(name => name is "year" or "region" ? query(name) : null, out var error);
        return parsed is null
            ? ApiResult.BadRequest(error!.Value.Parameter, error.Value.Message)
            : ApiResult.OkNode(await summaries.GetAsync(parsed.Year, parsed.Region, cancellationToken).ConfigureAwait(false));
    }

    public async Task<ApiResult> BodyAsync(string key, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(key) || key.Length > 200)
        {
            return ApiResult.BadRequest("key", "key 应为机关名称或其规范化键 must be a body name or key of at most 200 characters");
        }

        var body = await queries.GetBodyAsync(key, cancellationToken).ConfigureAwait(false);
        return body is null ? ApiResult.NotFound($"没有“{key}”的报告 no reports of body '{key}'") : ApiResult.OkNode(body);
    }

    public async Task<ApiResult> BodyYearsAsync(string key, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(key) || key.Length > 200)
        {
            return ApiResult.BadRequest("key", "key 应为机关名称或其规范化键 must be a body name or key of at most 200 characters");
        }

        var years = await queries.GetBodyYearsAsync(key, cancellationToken).ConfigureAwait(false);
        return years is null ? ApiResult.NotFound($"没有“{key}”的报告 no reports of body '{key}'") : ApiResult.OkNode(years);
    }

    public async Task<ApiResult> ReviewAsync(string id, string findingId, string requestBody, string reviewer, CancellationToken cancellationToken = default)
    {
        if (!IsReportId(id))
        {
            return ApiResult.BadRequest("id", "id 应为 20 位十六进制 must be 20 hexadecimal digits");
        }

        string? decision;
        string? note;
        try
        {
            var json = JsonNode.Parse(requestBody) as JsonObject;
            decision = (string?)json?["decision"];
            note = (string?)json?["note"];
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            return ApiResult.BadRequest("body", "请求体应为 JSON {\"decision\": \"confirmed\" | \"dismissed\", \"note\": \"…\"} the body must be JSON");
        }

        if (!EnumNames.TryParse<ReviewDecision>(decision, out var reviewDecision))
        {
            return ApiResult.BadRequest("decision", "decision 应为 confirmed 或 dismissed must be confirmed or dismissed");
        }

        if (note is { Length: > 2000 })
        {
            return ApiResult.BadRequest("note", "note 不超过 2000 字 must be at most 2000 characters");
        }

        var reviewed = await reviews.ReviewAsync(id, findingId, reviewDecision, note, reviewer, cancellationToken).ConfigureAwait(false);
        return reviewed is null ? ApiResult.NotFound($"报告 {id} 没有发现 {findingId} no finding {findingId} in report {id}") : ApiResult.Ok(FindingView.From(reviewed));
    }

    public ApiResult Rules() => ApiResult.Ok(validator.Catalogue.Select(r => new
    {
        id = r.Id,
        severity = EnumNames.Name(r.Severity),
        title = r.TitleZh,
        titleEn = r.TitleEn,
        source = r.Source,
    }));

    public async Task<ApiResult> ExportReportsAsync(Func<string, string?> query, CancellationToken cancellationToken = default)
    {
        var parsed = ReportQuery.Parse(query, out var error);
        if (parsed is null)
        {
            return ApiResult.BadRequest(error!.Value.Parameter, error.Value.Message);
        }

        // Read and sorted before the answer starts (a bad table answer is still an error status), then written page by page.
        var reports = await queries.AllAsync(parsed, cancellationToken).ConfigureAwait(false);
        return Streamed(
            ["编号 id", "机关 body", "地区 region", "年度 year", "模板 template", "状态 status", "结论 verdict", "错误 errors", "警告 warnings", "提示 notices", "发布日期 published", "期限 deadline", "日期 date status", "规则 rules", "文件 file", "原因 reason", .. AmountColumns.Header()],
            reports.Select(r => new[]
            {
                r.Id, r.Body, r.Region, r.Year?.ToString(CultureInfo.InvariantCulture), r.Template, EnumNames.Name(r.Status), EnumNames.Name(r.Verdict),
                r.Errors.ToString(CultureInfo.InvariantCulture), r.Warnings.ToString(CultureInfo.InvariantCulture), r.Notices.ToString(CultureInfo.InvariantCulture),
                Date(r.PublishedOn), Date(r.Deadline), EnumNames.Name(r.DateStatus), string.Join(' ', r.FiredRules), r.BlobPath, r.ErrorReason,
            }.Concat(AmountColumns.Cells(r.Figures))).ToAsyncEnumerable());
    }

    public async Task<ApiResult> ExportFindingsAsync(Func<string, string?> query, CancellationToken cancellationToken = default)
    {
        var parsed = ReportQuery.Parse(query, out var error);
        if (parsed is null)
        {
            return ApiResult.BadRequest(error!.Value.Parameter, error.Value.Message);
        }

        var reports = await queries.AllAsync(parsed, cancellationToken).ConfigureAwait(false);
        return Streamed(
            ["报告 report", "机关 body", "地区 region", "年度 year", "规则 rule", "级别 severity", "部分 section", "行 row", "列 column", "位置 place", "应为 expected", "实为 actual", "说明 message", "复核 review", "备注 note"],
            FindingRows(reports));
    }

    /// <summary>The findings export's rows: findings read one query per page of reports, or by one scan for a large selection (<see cref="ExportPages"/>).</summary>
    private async IAsyncEnumerable<IEnumerable<string?>> FindingRows(IReadOnlyList<StoredReport> reports, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var (report, stored) in ExportPages.FindingsAsync(reports, findings, storage.ExportScanAbove, cancellationToken).ConfigureAwait(false))
        {
            var f = stored.Finding;
            yield return [report.Id, report.Body, report.Region, report.Year?.ToString(CultureInfo.InvariantCulture), f.RuleId, EnumNames.Name(f.Severity),
                f.Section?.ToString(CultureInfo.InvariantCulture), f.Row, f.Column, Labels.Place(f), f.Expected, f.Actual, f.MessageZh, stored.Review is { } review ? EnumNames.Name(review.Decision) : null, stored.Review?.Note];
        }
    }

    /// <summary>A CSV answer written to the response as it is produced (no download name: the CSV routes open in place as before).</summary>
    private static ApiResult Streamed(IEnumerable<string> header, IAsyncEnumerable<IEnumerable<string?>> rows) =>
        new(200, "text/csv; charset=utf-8", []) { Writer = (output, ct) => Csv.WriteAsync(output, header, rows, cancellationToken: ct) };

    public async Task<ApiResult> ReprocessAsync(Func<string, string?> query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var all = query("all");
        if (all is not (null or "" or "true" or "false"))
        {
            return ApiResult.BadRequest("all", "all 应为 true 或 false must be true or false");
        }

        return ApiResult.Ok(await maintenance.ReprocessAsync(all == "true", cancellationToken).ConfigureAwait(false));
    }

    public async Task<ApiResult> RetryAsync(CancellationToken cancellationToken = default) =>
        ApiResult.Ok(await maintenance.RetryFailedAsync(cancellationToken).ConfigureAwait(false));

    public async Task<ApiResult> RebuildAggregatesAsync(CancellationToken cancellationToken = default) =>
        ApiResult.Ok(new { reports = await aggregates.RebuildAsync(cancellationToken).ConfigureAwait(false) });

    public async Task<ApiResult> GetRosterAsync(CancellationToken cancellationToken = default) =>
        ApiResult.Ok(await roster.GetAsync(cancellationToken).ConfigureAwait(false));

    /// <summary>Replaces the roster with a CSV body (<c>text/csv</c> or <c>text/plain</c>); anything else is 415.</summary>
    public async Task<ApiResult> SetRosterAsync(string csv, string? contentType, CancellationToken cancellationToken = default)
    {
        var mediaType = contentType?.Split(';')[0].Trim();
        if (mediaType is not ("text/csv" or "text/plain" or "application/csv"))
        {
            return ApiResult.Problem(415, "不支持的类型 Unsupported media type", $"名单应为 CSV（text/csv），收到的是 {mediaType ?? "无类型"}; the roster must be sent as text/csv, not {mediaType ?? "no type"}", "Content-Type");
        }

        try
        {
            return ApiResult.Ok(await roster.SetAsync(csv, cancellationToken).ConfigureAwait(false));
        }
        catch (FormatException e)
        {
            return ApiResult.BadRequest("body", e.Message);
        }
    }


    private static bool IsReportId(string id) => id is { Length: 20 } && id.All(char.IsAsciiHexDigitLower);

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
