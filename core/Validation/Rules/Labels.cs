using System.Globalization;
using System.Text;
using ReportAudit.Core.Model;

namespace ReportAudit.Core.Validation.Rules;

/// <summary>
/// The one lookup from our keys to the template's own words, for everything a person reads: finding messages, the
/// dashboard, the digest, the CSV export and <c>check</c>. Rows and columns are named as the template prints them
/// (<c>（一）予以公开 · 自然人</c>, <c>行政规范性文件 · 现行有效件数</c>); keys stay in the findings' <c>Row</c> and
/// <c>Column</c> fields, for scripts.
/// </summary>
public static class Labels
{
    /// <summary>Stands for every result row in <see cref="Rows(int, IEnumerable{string})"/>.</summary>
    private const string AllResults = "result.*";

    private const string AllResultsName = "三、本年度办理结果（一）至（六）各行";

    /// <summary>Between a row and a column in a cell's name.</summary>
    public const string Separator = " · ";

    /// <summary>The groups of section 三's numbered sub-rows, with the group heading the template prints above them.</summary>
    private static readonly (string Prefix, string Heading)[] ApplicationGroups =
    [
        ("result.withheld.", "（三）不予公开"),
        ("result.unavailable.", "（四）无法提供"),
        ("result.not_processed.", "（五）不予处理"),
        ("result.other.", "（六）其他处理"),
    ];

    /// <summary>A section 三 column as printed: 自然人, 商业企业, …, 总计.</summary>
    public static string Column(string column) =>
        TemplateCatalog.ApplicantColumnLabels.TryGetValue(column, out var label) ? label : column;

    /// <summary>
    /// A section 三 row as printed, with its group heading for numbered sub-rows: <c>（三）不予公开 1.属于国家秘密</c>.
    /// </summary>
    public static string Row(string row)
    {
        var label = TemplateCatalog.ApplicationRowLabel(row);
        return GroupOf(row) is { } group ? $"{group.Heading} {label}" : label;
    }

    public static string ReviewGroup(string group) =>
        TemplateCatalog.ReviewGroupLabels.TryGetValue(group, out var label) ? label : group;

    public static string ReviewCell(string cell) =>
        TemplateCatalog.ReviewCellLabels.TryGetValue(cell, out var label) ? label : cell;

    /// <summary>A row of any table section (二, 三, 四) as printed.</summary>
    public static string Row(int section, string row) => section switch
    {
        2 => TemplateCatalog.ActiveDisclosureRowLabel(row),
        3 => Row(row),
        4 => ReviewGroup(row),
        _ => AnyRow(row), // a narrative finding (section 一) pointing at a table row
    };

    /// <summary>A row key of either template and any table, as printed (for lists of keys that do not say their section).</summary>
    public static string AnyRow(string row)
    {
        if (TemplateCatalog.Applications2021.Concat(TemplateCatalog.Applications2019).Any(r => r.Key == row))
        {
            return Row(row);
        }

        return TemplateCatalog.ReviewGroupLabels.ContainsKey(row) ? ReviewGroup(row) : TemplateCatalog.ActiveDisclosureRowLabel(row);
    }

    /// <summary>A column of any table section (二, 三, 四) as printed.</summary>
    public static string Column(int section, string column) => section switch
    {
        2 => TemplateCatalog.ActiveDisclosureColumnLabels.TryGetValue(column, out var label) ? label : column,
        3 => Column(column),
        4 => ReviewCell(column),
        _ => TemplateCatalog.ApplicantColumnLabels.TryGetValue(column, out var applicant) ? applicant
            : TemplateCatalog.ActiveDisclosureColumnLabels.TryGetValue(column, out var active) ? active
            : ReviewCell(column),
    };

    /// <summary>A cell as printed: <c>（一）予以公开 · 自然人</c>.</summary>
    public static string Cell(int section, string row, string column) => Row(section, row) + Separator + Column(section, column);

    /// <summary>A section 三 cell as printed.</summary>
    public static string ApplicationCell(string row, string column) => Cell(3, row, column);

    /// <summary>
    /// Where a finding points, in the template's words: <c>第三部分 · （一）予以公开 · 自然人</c>, or empty for the whole report.
    /// </summary>
    public static string Place(int? section, string? row, string? column)
    {
        var parts = new List<string>(3);
        if (section is { } s and >= 1 and <= 6)
        {
            parts.Add($"第{ReportSection.Numerals[s - 1]}部分");
        }

        if (section is { } t && row is { Length: > 0 })
        {
            parts.Add(Row(t, row));
        }

        if (section is { } u && column is { Length: > 0 })
        {
            parts.Add(row is { Length: > 0 } ? Column(u, column) : $"“{Column(u, column)}”列");
        }

        return string.Join(Separator, parts);
    }

    /// <summary>Where a finding points, in the template's words.</summary>
    public static string Place(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return Place(finding.Section, finding.Row, finding.Column);
    }

    /// <summary>
    /// Rows of one table named compactly, in template order: numbered sub-rows of one group as a range
    /// (<c>（三）不予公开 1–8</c>, <c>（四）无法提供 1、3</c>), other rows by their label.
    /// </summary>
    public static string Rows(int section, IEnumerable<string> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var list = rows.Distinct(StringComparer.Ordinal).ToList();
        if (section != 3)
        {
            return string.Join("、", list.Select(r => Row(section, r)));
        }

        var named = new List<string>();

        // Every result row of a template, blank together (a blank total column): one name for them all.
        var all = new[] { ResultRows2021, ResultRows2019 }.FirstOrDefault(set => set.All(list.Contains));
        if (all is not null)
        {
            var at = list.IndexOf(all[0]);
            list = [.. list.Where(r => !all.Contains(r))];
            list.Insert(Math.Min(at, list.Count), AllResults);
        }

        var i = 0;
        while (i < list.Count)
        {
            if (list[i] == AllResults)
            {
                named.Add(AllResultsName);
                i++;
                continue;
            }

            if (GroupOf(list[i]) is not { } group)
            {
                named.Add(Row(list[i]));
                i++;
                continue;
            }

            var numbers = new List<int>();
            while (i < list.Count && GroupOf(list[i]) is { } g && g.Prefix == group.Prefix)
            {
                numbers.Add(int.Parse(list[i].AsSpan(group.Prefix.Length), CultureInfo.InvariantCulture));
                i++;
            }

            named.Add(numbers.Count == 1 ? Row(group.Prefix + numbers[0].ToString(CultureInfo.InvariantCulture)) : $"{group.Heading} {Ranges(numbers)}");
        }

        return string.Join("、", named);
    }

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

    /// <summary>The group a row belongs to for compact listing: the numbered sub-rows of one section 三 heading share one.</summary>
    internal static string GroupKey(int section, string row) => section == 3 && GroupOf(row) is { } group ? group.Prefix : row;

    private static (string Prefix, string Heading)? GroupOf(string row)
    {
        foreach (var group in ApplicationGroups)
        {
            if (row.StartsWith(group.Prefix, StringComparison.Ordinal) && row.Length > group.Prefix.Length && char.IsAsciiDigit(row[group.Prefix.Length]))
            {
                return group;
            }
        }

        return null;
    }

    /// <summary><c>1–8</c>, <c>1、3</c>, <c>1–3、5</c>.</summary>
    private static string Ranges(List<int> numbers)
    {
        numbers.Sort();
        var sb = new StringBuilder();
        var start = 0;
        for (var k = 1; k <= numbers.Count; k++)
        {
            if (k < numbers.Count && numbers[k] == numbers[k - 1] + 1)
            {
                continue;
            }

            if (sb.Length > 0)
            {
                sb.Append('、');
            }

            var first = numbers[start];
            var last = numbers[k - 1];
            sb.Append(first.ToString(CultureInfo.InvariantCulture));
            if (last > first)
            {
                sb.Append(last == first + 1 ? "、" : "–").Append(last.ToString(CultureInfo.InvariantCulture));
            }

            start = k;
        }

        return sb.ToString();
    }
}
