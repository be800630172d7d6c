using System.Globalization;
using System.Net;
using System.Text;
using ReportAudit.Core.Model;
using ReportAudit.Core.Validation;
using ReportAudit.Core.Validation.Rules;
using ReportAudit.Core.Storage;

namespace ReportAudit.Core.Digest;

/// <summary>
/// Writes the weekly digest in Chinese: subject, an HTML part (tables with inline styles, no scripts,
/// no remote images, every report-derived string HTML-escaped) and a plain-text part. Pure.
/// </summary>
public static class DigestComposer
{
    private const string Font = "font-family:'PingFang SC','Microsoft YaHei','Noto Sans CJK SC',Arial,sans-serif;";
    private const string Table = "border-collapse:collapse;width:100%;margin:8px 0 16px 0;font-size:14px;";
    private const string ThStyle = "border:1px solid #d0d7de;background:#f6f8fa;padding:6px 8px;text-align:left;font-weight:600;";
    private const string TdStyle = "border:1px solid #d0d7de;padding:6px 8px;vertical-align:top;";
    private const string TdNumberStyle = "border:1px solid #d0d7de;padding:6px 8px;vertical-align:top;text-align:right;";
    private const string H2 = "font-size:17px;margin:24px 0 8px 0;color:#1f2328;";
    private const string Muted = "color:#59636e;font-size:13px;";
    private const string LinkStyle = "color:#0b57d0;";

    public static DigestMessage Compose(DigestData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return new DigestMessage(Subject(data), Html(data), Text(data));
    }

    public static string Subject(DigestData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var scope = data.Regions.Count == 0 ? string.Empty : "（" + string.Join("、", data.Regions.Select(Plain)) + "）";
        return Invariant($"政府信息公开年度报告核查周报 {data.Week}{scope}：收到 {data.Received} 份，未通过 {data.ThisWeek.Failed} 份");
    }

    public static string WeekRange(IsoWeek week) =>
        Invariant($"{week}（{week.Monday:yyyy-MM-dd} 至 {week.Sunday:yyyy-MM-dd}）");

    /// <summary>+3, -2 or 0.</summary>
    public static string Change(int now, int before) =>
        (now - before) switch
        {
            > 0 and var d => Invariant($"+{d}"),
            var d => Invariant($"{d}"),
        };

    public static string DaysLeftText(int daysLeft) => daysLeft switch
    {
        > 0 => Invariant($"还剩 {daysLeft} 天"),
        0 => "今天截止",
        _ => Invariant($"已逾期 {-daysLeft} 天"),
    };

    private static IEnumerable<(string Label, int Now, int Before)> VerdictRows(DigestData d) =>
    [
        ("通过", d.ThisWeek.Passed, d.LastWeek.Passed),
        ("有警告", d.ThisWeek.Warnings, d.LastWeek.Warnings),
        ("未通过", d.ThisWeek.Failed, d.LastWeek.Failed),
        ("无法解析", d.ThisWeek.Unparseable, d.LastWeek.Unparseable),
        ("合计", d.ThisWeek.Total, d.LastWeek.Total),
    ];

    private static string Html(DigestData d)
    {
        var h = new StringBuilder();
        var title = Subject(d);
        h.Append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\"><title>")
            .Append(E(title)).Append("</title></head>");
        h.Append("<body style=\"margin:0;padding:16px;background:#f5f6f8;").Append(Font).Append("color:#1f2328;\">");
        h.Append("<div style=\"max-width:760px;margin:0 auto;background:#ffffff;padding:20px 24px;border:1px solid #d0d7de;\">");
        h.Append("<h1 style=\"font-size:20px;margin:0 0 4px 0;\">政府信息公开工作年度报告核查周报</h1>");
        h.Append("<p style=\"").Append(Muted).Append("margin:0 0 16px 0;\">")
            .Append(E(Invariant($"统计周：{WeekRange(d.Week)}；范围：{Scope(d)}；生成日期：{d.Today:yyyy-MM-dd}")))
            .Append("</p>");
        if (d.Dashboard is { } dashboard)
        {
            h.Append("<p style=\"margin:0 0 16px 0;\">").Append(A(dashboard, "打开核查面板")).Append("</p>");
        }

        h.Append("<h2 style=\"").Append(H2).Append("\">本周概况</h2>");
        h.Append("<p style=\"margin:0 0 8px 0;\">").Append(E(Invariant($"本周收到报告 {d.Received} 份，完成核查 {d.Processed} 份。"))).Append("</p>");
        h.Append("<table style=\"").Append(Table).Append("\"><tr>")
            .Append(Th("结论")).Append(Th("本周")).Append(Th("上周")).Append(Th("变化")).Append("</tr>");
        foreach (var (label, now, before) in VerdictRows(d))
        {
            h.Append("<tr>").Append(Td(label)).Append(Num(now)).Append(Num(before)).Append(TdR(Change(now, before))).Append("</tr>");
        }

        h.Append("</table>");

        h.Append("<h2 style=\"").Append(H2).Append("\">").Append(E(Invariant($"未通过核查的报告（{d.ThisWeek.Failed}）"))).Append("</h2>");
        if (d.FailedReports.Count == 0)
        {
            h.Append("<p style=\"margin:0;\">本周没有未通过核查的报告。</p>");
        }
        else
        {
            h.Append("<table style=\"").Append(Table).Append("\"><tr>")
                .Append(Th("机关")).Append(Th("地区")).Append(Th("年度")).Append(Th("错误")).Append(Th("警告")).Append(Th("主要问题")).Append("</tr>");
            foreach (var r in d.FailedReports)
            {
                h.Append("<tr><td style=\"").Append(TdStyle).Append("\">").Append(A(r.Link, r.Body)).Append("</td>")
                    .Append(Td(r.Region)).Append(Td(Year(r.Year))).Append(Num(r.Errors)).Append(Num(r.Warnings))
                    .Append("<td style=\"").Append(TdStyle).Append("\">");
                foreach (var f in r.WorstFindings)
                {
                    h.Append("<div style=\"margin:0 0 4px 0;\">").Append(E(FindingLine(f))).Append("</div>");
                }

                h.Append("</td></tr>");
            }

            h.Append("</table>");
        }

        h.Append("<h2 style=\"").Append(H2).Append("\">").Append(E(Invariant($"发布日期问题（{d.DateProblems.Count}）"))).Append("</h2>");
        if (d.DateProblems.Count == 0)
        {
            h.Append("<p style=\"margin:0;\">本周没有发布日期逾期或不可能的报告。</p>");
        }
        else
        {
            h.Append("<table style=\"").Append(Table).Append("\"><tr>")
                .Append(Th("机关")).Append(Th("地区")).Append(Th("年度")).Append(Th("发布日期")).Append(Th("截止日期")).Append(Th("问题")).Append("</tr>");
            foreach (var r in d.DateProblems)
            {
                h.Append("<tr><td style=\"").Append(TdStyle).Append("\">").Append(A(r.Link, r.Body)).Append("</td>")
                    .Append(Td(r.Region)).Append(Td(Year(r.Year))).Append(Td(Date(r.PublishedOn))).Append(Td(Date(r.Deadline)))
                    .Append(Td(DateProblem(r.DateStatus))).Append("</tr>");
            }

            h.Append("</table>");
        }

        // Only said when something was corrected: a week without corrections reads as before.
        if (d.Corrected.Count > 0)
        {
            h.Append("<h2 style=\"").Append(H2).Append("\">").Append(E(Invariant($"本周已整改的问题（{d.Corrected.Count}）"))).Append("</h2>");
            h.Append("<table style=\"").Append(Table).Append("\"><tr>").Append(Th("机关")).Append(Th("地区")).Append(Th("年度")).Append(Th("规则")).Append(Th("说明")).Append("</tr>");
            foreach (var c in d.Corrected)
            {
                h.Append("<tr><td style=\"").Append(TdStyle).Append("\">").Append(A(c.Link, c.Body)).Append("</td>")
                    .Append(Td(c.Region)).Append(Td(Year(c.Year))).Append(Td(c.RuleId)).Append(Td(c.RuleTitle)).Append("</tr>");
            }

            h.Append("</table>");
        }

        h.Append("<h2 style=\"").Append(H2).Append("\">").Append(E(Invariant($"尚未提交 {d.ReportingYear} 年度报告的机关（{d.MissingCount}/{d.RosterSize}）"))).Append("</h2>");
        h.Append("<p style=\"margin:0 0 8px 0;\">").Append(E("各机关按自身期限（条例第四十九条）：部门次年 1 月 31 日，县级以上人民政府次年 3 月 31 日，乡镇街道按地方规定。"));
        if (d.MissingBodies.Count < d.MissingCount)
        {
            h.Append(E(Invariant($"以下列出前 {d.MissingBodies.Count} 个。")));
        }

        h.Append("</p>");
        if (d.MissingBodies.Count > 0)
        {
            h.Append("<table style=\"").Append(Table).Append("\"><tr>").Append(Th("机关")).Append(Th("地区")).Append(Th("类别")).Append(Th("截止日期")).Append(Th("剩余")).Append("</tr>");
            foreach (var m in d.MissingBodies)
            {
                h.Append("<tr>").Append(Td(m.Body)).Append(Td(m.Region)).Append(Td(Kind(m.Kind))).Append(Td(Date(m.Deadline))).Append(Td(DaysLeftText(m.DaysLeft))).Append("</tr>");
            }

            h.Append("</table>");
        }

        h.Append("<h2 style=\"").Append(H2).Append("\">最常见的问题</h2>");
        if (d.TopRules.Count == 0)
        {
            h.Append("<p style=\"margin:0;\">本周没有触发任何核查规则。</p>");
        }
        else
        {
            h.Append("<table style=\"").Append(Table).Append("\"><tr>").Append(Th("规则")).Append(Th("说明")).Append(Th("报告数")).Append("</tr>");
            foreach (var rule in d.TopRules)
            {
                h.Append("<tr>").Append(Td(rule.RuleId)).Append(Td(rule.Title)).Append(Num(rule.Reports)).Append("</tr>");
            }

            h.Append("</table>");
        }

        h.Append("<p style=\"").Append(Muted).Append("margin:24px 0 0 0;\">本邮件由政府信息公开年度报告核查系统自动发送。");
        if (d.Dashboard is { } link)
        {
            h.Append(' ').Append(A(link, "打开核查面板"));
        }

        h.Append("</p></div></body></html>");
        return h.ToString();
    }

    private static string Text(DigestData d)
    {
        var t = new StringBuilder();
        t.AppendLine("政府信息公开工作年度报告核查周报");
        t.AppendLine(Invariant($"统计周：{WeekRange(d.Week)}"));
        t.AppendLine(Invariant($"范围：{Scope(d)}"));
        t.AppendLine(Invariant($"生成日期：{d.Today:yyyy-MM-dd}"));
        if (d.Dashboard is { } dashboard)
        {
            t.AppendLine(Invariant($"核查面板：{dashboard.AbsoluteUri}"));
        }

        t.AppendLine().AppendLine("== 本周概况 ==");
        t.AppendLine(Invariant($"本周收到报告 {d.Received} 份，完成核查 {d.Processed} 份。"));
        t.AppendLine("结论 | 本周 | 上周 | 变化");
        foreach (var (label, now, before) in VerdictRows(d))
        {
            t.AppendLine(Invariant($"{label} | {now} | {before} | {Change(now, before)}"));
        }

        t.AppendLine().AppendLine(Invariant($"== 未通过核查的报告（{d.ThisWeek.Failed}） =="));
        if (d.FailedReports.Count == 0)
        {
            t.AppendLine("本周没有未通过核查的报告。");
        }

        foreach (var r in d.FailedReports)
        {
            t.AppendLine(Invariant($"- {Plain(r.Body)}（{Plain(r.Region)}，{Year(r.Year)}）：错误 {r.Errors}，警告 {r.Warnings}"));
            foreach (var f in r.WorstFindings)
            {
                t.AppendLine("    " + Plain(FindingLine(f)));
            }

            if (r.Link is { } link)
            {
                t.AppendLine("    " + link.AbsoluteUri);
            }
        }

        t.AppendLine().AppendLine(Invariant($"== 发布日期问题（{d.DateProblems.Count}） =="));
        if (d.DateProblems.Count == 0)
        {
            t.AppendLine("本周没有发布日期逾期或不可能的报告。");
        }

        foreach (var r in d.DateProblems)
        {
            t.AppendLine(Invariant($"- {Plain(r.Body)}（{Plain(r.Region)}，{Year(r.Year)}）：{DateProblem(r.DateStatus)}，发布日期 {Date(r.PublishedOn)}，截止日期 {Date(r.Deadline)}"));
            if (r.Link is { } link)
            {
                t.AppendLine("    " + link.AbsoluteUri);
            }
        }

        if (d.Corrected.Count > 0)
        {
            t.AppendLine().AppendLine(Invariant($"== 本周已整改的问题（{d.Corrected.Count}） =="));
            foreach (var c in d.Corrected)
            {
                t.AppendLine(Invariant($"- {Plain(c.Body)}（{Plain(c.Region)}，{Year(c.Year)}）：{Plain(c.RuleId)} {Plain(c.RuleTitle)}"));
            }
        }

        t.AppendLine().AppendLine(Invariant($"== 尚未提交 {d.ReportingYear} 年度报告的机关（{d.MissingCount}/{d.RosterSize}） =="));
        t.AppendLine("各机关按自身期限（条例第四十九条）：部门次年 1 月 31 日，县级以上人民政府次年 3 月 31 日，乡镇街道按地方规定。");
        foreach (var m in d.MissingBodies)
        {
            t.AppendLine(Invariant($"- {Plain(m.Body)}（{Plain(m.Region)}，{Kind(m.Kind)}）：截止日期 {Date(m.Deadline)}，{DaysLeftText(m.DaysLeft)}"));
        }

        if (d.MissingBodies.Count < d.MissingCount)
        {
            t.AppendLine(Invariant($"……另有 {d.MissingCount - d.MissingBodies.Count} 个"));
        }

        t.AppendLine().AppendLine("== 最常见的问题 ==");
        if (d.TopRules.Count == 0)
        {
            t.AppendLine("本周没有触发任何核查规则。");
        }

        foreach (var rule in d.TopRules)
        {
            t.AppendLine(Invariant($"- {Plain(rule.RuleId)} {Plain(rule.Title)}：{rule.Reports} 份报告"));
        }

        t.AppendLine().AppendLine("本邮件由政府信息公开年度报告核查系统自动发送。");
        return t.ToString();
    }

    private static string FindingLine(Finding f)
    {
        var line = new StringBuilder();
        line.Append('[').Append(f.Severity switch { Severity.Error => "错误", Severity.Warning => "警告", _ => "提示" }).Append("] ").Append(f.MessageZh);
        // The place in the template's own words (第三部分 · （一）予以公开 · 自然人), never our keys.
        var place = Labels.Place(f);
        var numbers = string.Join("，", new[]
        {
            f.Expected is { Length: > 0 } expected ? "应为 " + expected : null,
            f.Actual is { Length: > 0 } actual ? "实为 " + actual : null,
        }.Where(p => p is not null));
        if (place.Length > 0 || numbers.Length > 0)
        {
            line.Append('（').Append(string.Join("：", new[] { place, numbers }.Where(p => p.Length > 0))).Append('）');
        }

        return line.ToString();
    }

    private static string Scope(DigestData d) => d.Regions.Count == 0 ? "全部地区" : string.Join("、", d.Regions);

    private static string Year(int? year) => year?.ToString(CultureInfo.InvariantCulture) ?? "—";

    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—";

    private static string DateProblem(DateStatus status) => EnumNames.Of(status).Zh;

    private static string Kind(string? kind) => kind switch
    {
        "department" => "部门",
        "government" => "政府",
        "township" => "乡镇街道",
        _ => "—",
    };

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string Th(string text) => "<th style=\"" + ThStyle + "\">" + E(text) + "</th>";

    private static string Td(string text) => "<td style=\"" + TdStyle + "\">" + E(text) + "</td>";

    private static string TdR(string text) => "<td style=\"" + TdNumberStyle + "\">" + E(text) + "</td>";

    private static string Num(int value) => TdR(value.ToString(CultureInfo.InvariantCulture));

    /// <summary>A link to an absolute http(s) address, or the escaped text alone.</summary>
    private static string A(Uri? link, string text) =>
        link is { IsAbsoluteUri: true } && (link.Scheme == Uri.UriSchemeHttps || link.Scheme == Uri.UriSchemeHttp)
            ? "<a href=\"" + E(link.AbsoluteUri) + "\" style=\"" + LinkStyle + "\">" + E(text) + "</a>"
            : E(text);

    /// <summary>Report-derived text for the plain part: one line, no control characters.</summary>
    private static string Plain(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            sb.Append(char.IsControl(c) || c is '\u2028' or '\u2029' ? ' ' : c);
        }

        return sb.ToString();
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
