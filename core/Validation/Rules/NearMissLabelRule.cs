using ReportAudit.Core.Model;

namespace ReportAudit.Core.Validation.Rules;

/// <summary>
/// <c>structure.near-miss-label</c>: a row label off the template's wording, by one character (the parser's
/// <c>label.near-miss</c> notice) or by a few in the row's own place in the table (<c>label.by-position</c>).
/// </summary>
public sealed class NearMissLabelRule : IReportRule
{
    public const string NoticeCode = "label.near-miss";

    /// <summary>A label a few characters off, read as the row in whose place it stands (其他法律行政止公开).</summary>
    public const string ByPositionNoticeCode = "label.by-position";

    public static RuleDescriptor Info { get; } = new(
        "structure.near-miss-label", Severity.Notice,
        "表格标签与模板用语略有出入", "A table label slightly off the template's wording",
        "《中华人民共和国政府信息公开工作年度报告格式》的栏目名称",
        "提示：栏目名称与模板用语差一两个字（如“予已公开”），数字照常读取，属于填写规范问题。 notice: a label one or two characters off the template's wording (予已公开); the figures are read as usual, a matter of form.");

    public RuleDescriptor Descriptor => Info;

    public void Evaluate(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Report.Template == TemplateVersion.Unknown)
        {
            context.NotAssessable("没有识别出模板 no template recognised");
            return;
        }

        foreach (var notice in context.Report.Notices)
        {
            if (notice.Code is NoticeCode or ByPositionNoticeCode)
            {
                context.Add(new Finding(Info.Id, Info.Severity, notice.MessageZh, notice.MessageEn,
                    notice.Section, notice.Row,
                    Cells: notice.Location.IsKnown ? [notice.Location] : null));
            }
        }
    }
}
