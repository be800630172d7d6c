using System.Globalization;
using ReportAudit.Core.Model;
using ReportAudit.Core.Serialization;
using ReportAudit.Core.Validation;
using ReportAudit.Core.Validation.Rules;

namespace ReportAudit.Local.Commands;

/// <summary>Prints one report as readable tables for a terminal, with its verdict and findings (coloured on a terminal).</summary>
internal static class ReportPrinter
{
    private const string Reset = "\u001b[0m";

    public static void Print(TextWriter output, AnnualReport report, string file, ValidationResult? result = null, bool color = false)
    {
        output.WriteLine($"== {file}");
        output.WriteLine($"   发布机构 body: {report.Body ?? "（未写明 not stated）"}{Source(report.BodySource)}   年度 year: {report.Year?.ToString(CultureInfo.InvariantCulture) ?? "?"}   模板 template: {ReportJson.TemplateName(report.Template)}   状态 status: {ReportJson.StatusName(report.Status)}");
        output.WriteLine($"   发布日期 published: {report.PublishedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "（未写明 not stated）"}{Source(report.PublishedOnSource)}   格式 format: {report.Format}{(report.Encoding is null ? string.Empty : " / " + report.Encoding)}");
        if (!report.ActiveDisclosure.IsEmpty)
        {
            output.WriteLine("   二、主动公开 active disclosure");
            foreach (var row in report.ActiveDisclosure.RowKeys)
            {
                var cells = report.ActiveDisclosure.Row(row).Select(c => $"{c.Key}={Show(c.Value)}");
                output.WriteLine($"     {row,-22} {string.Join("  ", cells)}");
            }
        }

        if (!report.Applications.IsEmpty)
        {
            output.WriteLine("   三、依申请公开 applications");
            output.WriteLine($"     {"row",-24}" + string.Concat(TemplateCatalog.ApplicantColumns.Select(c => $"{Short(c),8}")));
            foreach (var row in report.Applications.RowKeys)
            {
                output.WriteLine($"     {row,-24}" + string.Concat(TemplateCatalog.ApplicantColumns.Select(c => $"{Show(report.Applications[row, c]),8}")));
            }
        }

        if (!report.ReviewLitigation.IsEmpty)
        {
            output.WriteLine("   四、复议诉讼 review and litigation");
            output.WriteLine($"     {"group",-24}" + string.Concat(TemplateCatalog.ReviewCells.Select(c => $"{c,9}")));
            foreach (var row in report.ReviewLitigation.RowKeys)
            {
                output.WriteLine($"     {row,-24}" + string.Concat(TemplateCatalog.ReviewCells.Select(c => $"{Show(report.ReviewLitigation[row, c]),9}")));
            }
        }

        foreach (var notice in report.Notices)
        {
            output.WriteLine($"   · {notice}");
        }

        if (result is not null)
        {
            PrintResult(output, result, color);
        }

        output.WriteLine();
    }

    private static void PrintResult(TextWriter output, ValidationResult result, bool color)
    {
        var verdictColor = result.Verdict switch
        {
            Verdict.Failed or Verdict.Unparseable => Color(Severity.Error),
            Verdict.Warnings => Color(Severity.Warning),
            _ => "\u001b[32m",
        };
        output.WriteLine($"   {Paint($"结论 verdict: {EnumNames.Name(result.Verdict)}", verdictColor, color)}   错误 errors: {result.Errors}   警告 warnings: {result.Warnings}   提示 notices: {result.Notices}");
        foreach (var finding in result.Findings.OrderByDescending(f => f.Severity))
        {
            // The place in the template's own words; the keys are in the JSON output (check --json) for scripts.
            var place = Labels.Place(finding);
            output.WriteLine($"   {Paint($"{EnumNames.Name(finding.Severity),-7}", Color(finding.Severity), color)} {finding.RuleId} {place}");
            output.WriteLine($"           {finding.MessageZh}");
            output.WriteLine($"           {finding.MessageEn}");
            if (finding.Expected is not null || finding.Actual is not null)
            {
                output.WriteLine($"           应为 expected: {finding.Expected ?? "-"}   实为 actual: {finding.Actual ?? "-"}");
            }

            if (finding.Cells is { Count: > 0 } cells)
            {
                var shown = string.Join("; ", cells.Take(6)) + (cells.Count > 6 ? $"; … ({cells.Count})" : string.Empty);
                output.WriteLine($"           位置 at: {shown}");
            }
        }

        var notAssessable = result.Outcomes.Where(o => o.State == RuleState.NotAssessable).ToList();
        if (notAssessable.Count > 0)
        {
            output.WriteLine($"   无法核查 not assessable ({notAssessable.Count}): {string.Join(", ", notAssessable.Select(o => o.RuleId))}");
        }

        // Rules that assessed some columns or rows and left out others (blank cells are not stated figures).
        foreach (var partial in result.Outcomes.Where(o => o.State != RuleState.NotAssessable && o.Reason is not null))
        {
            output.WriteLine($"   部分未核算 partly assessed: {partial.RuleId}: {partial.Reason}");
        }
    }

    /// <summary>The rule catalogue as a plain list.</summary>
    public static void PrintCatalogue(TextWriter output, IEnumerable<RuleDescriptor> rules)
    {
        foreach (var rule in rules)
        {
            output.WriteLine($"{rule.Id,-34} {EnumNames.Name(rule.Severity),-8} {rule.TitleZh}");
            output.WriteLine($"{string.Empty,-34} {string.Empty,-8} {rule.TitleEn}");
            output.WriteLine($"{string.Empty,-34} {string.Empty,-8} 依据 source: {rule.Source}");
        }
    }

    public static string StateName(RuleState state) => state switch
    {
        RuleState.Fired => "fired",
        RuleState.NotAssessable => "not-assessable",
        _ => "passed",
    };

    private static string Color(Severity severity) => severity switch
    {
        Severity.Error => "\u001b[31m",
        Severity.Warning => "\u001b[33m",
        _ => "\u001b[36m",
    };

    private static string Paint(string text, string ansi, bool color) => color ? ansi + text + Reset : text;

    private static string Short(string column) => column.Length > 7 ? column[..7] : column;

    private static string Show(Cell? cell) => cell switch
    {
        null => "·",
        { IsBlank: true } => "(空)",
        { Amount: { } amount } => amount.Unit is null && amount.Yuan is null ? amount + "(单位未写明 no unit)" : amount.ToString(),
        { Kind: CellKind.SignedInteger, Number: { } n } => n.ToString("+0;-0;0", CultureInfo.InvariantCulture),
        { Number: { } n } => n.ToString(CultureInfo.InvariantCulture),
        _ => cell.Raw,
    };

    /// <summary>Where a metadata value was read, as the JSON names it: " (title)".</summary>
    private static string Source(BodySource? source) => source is { } s ? $" ({MetadataSourceNames.JsonName(s)})" : string.Empty;

    private static string Source(PublishedSource? source) => source is { } s ? $" ({MetadataSourceNames.JsonName(s)})" : string.Empty;
}
