using System.Globalization;
using ReportAudit.Core.Model;
using ReportAudit.Core.Serialization;

namespace ReportAudit.Local.Commands;

/// <summary>Prints one report as readable tables for a terminal.</summary>
internal static class ReportPrinter
{
    public static void Print(TextWriter output, AnnualReport report, string file)
    {
        output.WriteLine($"== {file}");
        output.WriteLine($"   发布机构 body: {report.Body ?? "（未写明 not stated）"}   年度 year: {report.Year?.ToString(CultureInfo.InvariantCulture) ?? "?"}   模板 template: {ReportJson.TemplateName(report.Template)}   状态 status: {ReportJson.StatusName(report.Status)}");
        output.WriteLine($"   发布日期 published: {report.PublishedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "（未写明 not stated）"}   格式 format: {report.Format}{(report.Encoding is null ? string.Empty : " / " + report.Encoding)}");
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

        output.WriteLine();
    }

    private static string Short(string column) => column.Length > 7 ? column[..7] : column;

    private static string Show(Cell? cell) => cell switch
    {
        null => "·",
        { IsBlank: true } => "(空)",
        { Number: { } n } => n.ToString(CultureInfo.InvariantCulture),
        _ => cell.Raw,
    };
}
