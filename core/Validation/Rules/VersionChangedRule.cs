using System.Globalization;
using ReportAudit.Core.Model;

namespace ReportAudit.Core.Validation.Rules;

/// <summary>
/// <c>version.changed</c>: the same body's report for the same year arrived again with different
/// content (a report changed after publication). A notice, not a warning: correcting a published
/// report is allowed, but a reader of the figures should know they changed and from what.
/// </summary>
public sealed class VersionChangedRule : IReportRule
{
    /// <summary>How many changed cells the message spells out; the finding's cell list has them all.</summary>
    private const int CellsInMessage = 10;

    public static RuleDescriptor Info { get; } = new(
        "version.changed", Severity.Notice,
        "报告发布后被修改（同一机关同一年度的新版本）", "The report changed after publication (a new version for the same body and year)",
        "条例 第四十九条：年度报告向社会公布；公布后改动应可查（plausibility）");

    public RuleDescriptor Descriptor => Info;

    public void Evaluate(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.VersionChange is not { HasChanges: true } change)
        {
            return;
        }

        var report = context.Report;
        var total = change.Cells.Count + change.MoreCells;
        var listed = change.Cells.Take(CellsInMessage).ToList();
        var zhCells = string.Join("；", listed.Select(c => $"第{ReportSection.Numerals[c.Section - 1]}部分“{Label(c)}”由{Zh(c.Before)}改为{Zh(c.After)}"));
        var enCells = string.Join("; ", listed.Select(c => $"section {ReportSection.Numerals[c.Section - 1]} “{Label(c)}” {En(c.Before)} → {En(c.After)}"));
        var more = total > listed.Count ? $"等共 {total} 处" : string.Empty;
        var moreEn = total > listed.Count ? $" and more, {total} in all" : string.Empty;
        var zhSections = string.Join("、", change.Sections.Select(n => $"第{ReportSection.Numerals[n - 1]}部分"));
        var enSections = string.Join(", ", change.Sections.Select(n => ReportSection.Numerals[n - 1]));

        var zh = new List<string>();
        var en = new List<string>();
        if (total > 0)
        {
            zh.Add($"改动了 {total} 个表格单元格：{zhCells}{more}");
            en.Add($"{total} table cell(s) changed: {enCells}{moreEn}");
        }

        if (change.Sections.Count > 0)
        {
            zh.Add($"{zhSections}的文字有改动");
            en.Add($"the text of section(s) {enSections} changed");
        }

        var version = change.Version.ToString(CultureInfo.InvariantCulture);
        var previous = change.PreviousVersion.ToString(CultureInfo.InvariantCulture);
        var sections = change.Cells.Select(c => c.Section).Concat(change.Sections).Distinct().ToList();
        var locations = change.Cells
            .Select(c => Table(report, c.Table)[c.Row, c.Column])
            .Where(cell => cell is not null && cell.Location.IsKnown)
            .Select(cell => cell!.Location)
            .ToList();
        context.Add(new Finding(Info.Id, Info.Severity,
            $"本报告发布后被修改，为同一机关同一年度的第 {version} 版（与第 {previous} 版、报告 {change.PreviousReportId} 相比）：{string.Join("；", zh)}",
            $"the report changed after publication: version {version} of this body's report for this year (compared with version {previous}, report {change.PreviousReportId}): {string.Join("; ", en)}",
            Section: sections.Count == 1 ? sections[0] : null,
            Expected: previous, Actual: version,
            Cells: locations.Count > 0 ? locations : null));
    }

    /// <summary>The cell named by the template's printed labels: row label / column label.</summary>
    public static string Label(ChangedCell cell) =>
        Labels.Cell((cell ?? throw new ArgumentNullException(nameof(cell))).Section, cell.Row, cell.Column);

    private static StatisticsTable Table(AnnualReport report, string table) => table switch
    {
        "applications" => report.Applications,
        "reviewLitigation" => report.ReviewLitigation,
        _ => report.ActiveDisclosure,
    };

    private static string Zh(string? raw) => raw switch
    {
        null => "（无此格）",
        { Length: 0 } => "（空白）",
        _ => $"“{raw}”",
    };

    private static string En(string? raw) => raw switch
    {
        null => "(no such cell)",
        { Length: 0 } => "(blank)",
        _ => $"“{raw}”",
    };
}
