using System.Globalization;
using System.Runtime.CompilerServices;
using ReportAudit.Core.Model;
using ReportAudit.Core.Storage;
using ReportAudit.Core.Summaries;

namespace ReportAudit.Core.Exports;

/// <summary>
/// The reports and findings as Excel workbooks (<c>/api/export/reports.xlsx</c>, <c>/api/export/findings.xlsx</c>): the
/// columns of the CSV exports, with Chinese headers (English beside), counts, years and amounts in 元 as numbers.
/// </summary>
public sealed class SpreadsheetExports(ReportQueryService queries, IFindingRepository findings, StorageOptions storage)
{
    public static readonly IReadOnlyList<string> ReportHeader =
    [
        "编号 id", "机关 body", "地区 region", "年度 year", "模板 template", "状态 status", "结论 verdict", "错误 errors", "警告 warnings", "提示 notices",
        "发布日期 published", "期限 deadline", "日期 date status", "规则 rules", "文件 file", "原因 reason", .. AmountColumns.Header(),
    ];

    public static readonly IReadOnlyList<string> FindingHeader =
    [
        "报告 report", "机关 body", "地区 region", "年度 year", "规则 rule", "级别 severity", "部分 section", "行 row", "列 column",
        "应为 expected", "实为 actual", "说明 message", "复核 review", "备注 note",
    ];

    public Task WriteReportsAsync(ReportQuery query, Stream output, CancellationToken cancellationToken = default) =>
        XlsxSheet.WriteAsync(output, "报告 reports", ReportHeader, ReportRows(query, cancellationToken), cancellationToken);

    public Task WriteFindingsAsync(ReportQuery query, Stream output, CancellationToken cancellationToken = default) =>
        XlsxSheet.WriteAsync(output, "发现 findings", FindingHeader, FindingRows(query, cancellationToken), cancellationToken);

    private async IAsyncEnumerable<IReadOnlyList<object?>> ReportRows(ReportQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var r in await queries.AllAsync(query, cancellationToken).ConfigureAwait(false))
        {
            var amounts = AmountColumns.Cells(r.Figures).ToArray();
            yield return
            [
                r.Id, r.Body, r.Region, r.Year, r.Template, EnumNames.Name(r.Status), EnumNames.Name(r.Verdict), r.Errors, r.Warnings, r.Notices,
                Date(r.PublishedOn), Date(r.Deadline), EnumNames.Name(r.DateStatus), string.Join(' ', r.FiredRules), r.BlobPath, r.ErrorReason,
                .. amounts.Select((a, i) => i % 3 == 2 ? Number(a) : a),
            ];
        }
    }

    private async IAsyncEnumerable<IReadOnlyList<object?>> FindingRows(ReportQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var reports = await queries.AllAsync(query, cancellationToken).ConfigureAwait(false);
        await foreach (var (report, stored) in ExportPages.FindingsAsync(reports, findings, storage.ExportScanAbove, cancellationToken).ConfigureAwait(false))
        {
            var f = stored.Finding;
            yield return
            [
                report.Id, report.Body, report.Region, report.Year, f.RuleId, EnumNames.Name(f.Severity), f.Section, f.Row, f.Column,
                Number(f.Expected), Number(f.Actual), f.MessageZh, stored.Review is { } review ? EnumNames.Name(review.Decision) : null, stored.Review?.Note,
            ];
        }
    }

    /// <summary>A number when the text is one (expected and actual values are stored as text), else the text.</summary>
    public static object? Number(string? text) =>
        decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : text;

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
