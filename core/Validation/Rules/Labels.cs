using ReportAudit.Core.Model;

namespace ReportAudit.Core.Validation.Rules;

/// <summary>Row and column names for messages: the template's Chinese label and the canonical key.</summary>
internal static class Labels
{
    public static string Column(string column) =>
        TemplateCatalog.ApplicantColumnLabels.TryGetValue(column, out var label) ? label : column;

    public static string Row(string row) => TemplateCatalog.ApplicationRowLabel(row);

    public static string ReviewGroup(string group) =>
        TemplateCatalog.ReviewGroupLabels.TryGetValue(group, out var label) ? label : group;

    public static string ReviewCell(string cell) =>
        TemplateCatalog.ReviewCellLabels.TryGetValue(cell, out var label) ? label : cell;

    /// <summary>A cell named for a blank list: <c>3.其他/其他</c> (<c>result.other.3/other</c>).</summary>
    public static string ApplicationCell(string row, string column) => $"{Row(row)}/{Column(column)}";

    public static string ApplicationCellKey(string row, string column) => $"{row}/{column}";

    /// <summary>The rows of section 三 whose sum is <c>result.total</c>: every <c>result.*</c> row the template has.</summary>
    public static IReadOnlyList<string> ResultRows(TemplateVersion template) =>
        template == TemplateVersion.V2019 ? ResultRows2019 : ResultRows2021;

    /// <summary>
    /// The result rows of this report's table: the template's, plus the 2019 single <c>result.other</c> row when a 2021
    /// table has it instead of its three rows (the parser's <c>table.single-other-row</c>), so its values count.
    /// </summary>
    public static IReadOnlyList<string> ResultRows(AnnualReport report) =>
        report.Template == TemplateVersion.V2021 && report.Applications.HasRow("result.other")
            ? [.. ResultRows2021, "result.other"]
            : ResultRows(report.Template);

    private static readonly string[] ResultRows2019 = ResultRowsOf(TemplateVersion.V2019);

    private static readonly string[] ResultRows2021 = ResultRowsOf(TemplateVersion.V2021);

    private static string[] ResultRowsOf(TemplateVersion template) =>
        TemplateCatalog.ApplicationRows(template).Select(r => r.Key).Where(k => k.StartsWith("result.", StringComparison.Ordinal) && k != "result.total").ToArray();
}
