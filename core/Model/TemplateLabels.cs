namespace ReportAudit.Core.Model;

/// <summary>
/// The template's own words for a place in a report: section headings, row and column labels of the three tables,
/// looked up from the canonical keys (<see cref="TemplateCatalog"/>). Falls back to the key where the template has no label.
/// </summary>
public static class TemplateLabels
{
    /// <summary>The stored model's table names (<c>cells.activeDisclosure</c>, …) and the section each table is in.</summary>
    public static readonly IReadOnlyList<(string Table, int Section)> Tables =
    [
        ("activeDisclosure", 2),
        ("applications", 3),
        ("reviewLitigation", 4),
    ];

    /// <summary>The section heading of the 2021 template (older reports word some slightly differently).</summary>
    public static string Section(int section) => section switch
    {
        1 => "一、总体情况",
        2 => "二、主动公开政府信息情况",
        3 => "三、收到和处理政府信息公开申请情况",
        4 => "四、政府信息公开行政复议、行政诉讼情况",
        5 => "五、存在的主要问题及改进情况",
        6 => "六、其他需要报告的事项",
        _ => $"第{section}部分",
    };

    /// <summary>The label of a row key in a section (2, 3 or 4); the key itself when unknown, null when there is none.</summary>
    public static string? Row(int? section, string? row) => row is null ? null : section switch
    {
        2 => TemplateCatalog.ActiveDisclosureRowLabel(row),
        3 => TemplateCatalog.ApplicationRowLabel(row),
        4 => TemplateCatalog.ReviewGroupLabels.GetValueOrDefault(row, row),
        _ => row,
    };

    /// <summary>The label of a column key in a section (2, 3 or 4); the key itself when unknown, null when there is none.</summary>
    public static string? Column(int? section, string? column) => column is null ? null : section switch
    {
        2 => TemplateCatalog.ActiveDisclosureColumnLabels.GetValueOrDefault(column, column),
        3 => TemplateCatalog.ApplicantColumnLabels.GetValueOrDefault(column, column),
        4 => TemplateCatalog.ReviewCellLabels.GetValueOrDefault(column, column),
        _ => column,
    };

    /// <summary>A cell named as the template prints it: <c>（七）总计/总计</c>; the row or column alone when only one is given.</summary>
    public static string? Cell(int? section, string? row, string? column) =>
        (Row(section, row), Column(section, column)) switch
        {
            (null, null) => null,
            ({ } r, null) => r,
            (null, { } c) => c,
            ({ } r, { } c) => $"{r}/{c}",
        };
}
