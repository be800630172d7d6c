using ReportAudit.Core.Storage;
using ReportAudit.Core.Digest;
using ReportAudit.Core.Validation;
using static ReportAudit.Core.Tests.Digest.DigestFixtures;

namespace ReportAudit.Core.Tests.Digest;

public sealed class DigestComposerTests
{
    private const string Evil = "<script>alert(1)</script>";

    private static DigestData Data() => Snapshot(
        thisWeek:
        [
            Report("e1", "hebei", Evil, Verdict.Failed, InW47(1), errors: 2, dateStatus: DateStatus.Late, fired: ["balance.applications"]),
            Report("e2", "hebei", "保定市人民政府办公室", Verdict.Passed, InW47(2)),
            Report("e3", "hebei", "廊坊市人民政府办公室", Verdict.Passed, InW47(3)),
        ],
        lastWeek: [Report("p1", "hebei", "唐山市人民政府办公室", Verdict.Passed, InW47(-3))],
        roster: [Roster("<b>未报送</b>机关", "hebei"), Roster("保定市人民政府办公室", "hebei")],
        findings: new Dictionary<string, IReadOnlyList<Finding>>
        {
            ["e1"] = [new Finding("balance.applications", Severity.Error, "结转<img src=x onerror=alert(2)>不平衡", "unbalanced", 3, "carried_out", "total", "12", "10")],
        }).For([]);

    [Fact]
    public void Compose_BodyNamedScript_IsEscapedInHtml()
    {
        var message = DigestComposer.Compose(Data());

        Assert.DoesNotContain("<script", message.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", message.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", message.Html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", message.Html, StringComparison.Ordinal);
        Assert.Contains("结转&lt;img src=x onerror=alert(2)&gt;不平衡", message.Html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;未报送&lt;/b&gt;机关", message.Html, StringComparison.Ordinal);
        Assert.Contains(Evil, message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_Html_HasInlineStylesNoScriptsNoRemoteImages()
    {
        var html = DigestComposer.Compose(Data()).Html;

        Assert.DoesNotContain("<style", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=\"", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<td style=\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://audit.example.test/api/dashboard#/report/e1\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://audit.example.test/api/dashboard\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_Data_SubjectNamesWeekReceivedAndFailed()
    {
        var message = DigestComposer.Compose(Data());

        Assert.Equal("政府信息公开年度报告核查周报 2026-W47：收到 3 份，未通过 1 份", message.Subject);
    }

    [Fact]
    public void Compose_Data_TextHasTheNumbersAndChanges()
    {
        var text = DigestComposer.Compose(Data()).Text;

        Assert.Contains("统计周：2026-W47（2026-11-16 至 2026-11-22）", text, StringComparison.Ordinal);
        Assert.Contains("本周收到报告 3 份，完成核查 3 份。", text, StringComparison.Ordinal);
        Assert.Contains("通过 | 2 | 1 | +1", text, StringComparison.Ordinal);
        Assert.Contains("未通过 | 1 | 0 | +1", text, StringComparison.Ordinal);
        Assert.Contains("合计 | 3 | 1 | +2", text, StringComparison.Ordinal);
        Assert.Contains("[错误] 结转<img src=x onerror=alert(2)>不平衡（第三部分 · 四、结转下年度继续办理 · 总计：应为 12，实为 10）", text, StringComparison.Ordinal);
        Assert.Contains("逾期发布，发布日期 2026-03-02，截止日期 2026-01-31", text, StringComparison.Ordinal);
        Assert.Contains("== 尚未提交 2025 年度报告的机关（1/2） ==", text, StringComparison.Ordinal);
        Assert.Contains("：截止日期 2026-01-31，已逾期 296 天", text, StringComparison.Ordinal);
        Assert.Contains("- balance.applications 申请数量收支平衡：1 份报告", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_Html_HasTheSameNumbers()
    {
        var html = DigestComposer.Compose(Data()).Html;

        Assert.Contains("本周收到报告 3 份，完成核查 3 份。", html, StringComparison.Ordinal);
        Assert.Contains("尚未提交 2025 年度报告的机关（1/2）", html, StringComparison.Ordinal);
        Assert.Contains(">2026-01-31</td>", html, StringComparison.Ordinal);
        Assert.Contains(">已逾期 296 天</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_Regions_AreNamedInSubject()
    {
        var data = Data() with { Regions = ["hebei", "tianjin"] };

        Assert.StartsWith("政府信息公开年度报告核查周报 2026-W47（hebei、tianjin）：", DigestComposer.Subject(data), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(5, 3, "+2")]
    [InlineData(3, 5, "-2")]
    [InlineData(4, 4, "0")]
    public void Change_Counts_AreSigned(int now, int before, string expected)
    {
        Assert.Equal(expected, DigestComposer.Change(now, before));
    }

    [Theory]
    [InlineData(27, "还剩 27 天")]
    [InlineData(0, "今天截止")]
    [InlineData(-298, "已逾期 298 天")]
    public void DaysLeftText_Days_SaysLeftOrOverdue(int days, string expected)
    {
        Assert.Equal(expected, DigestComposer.DaysLeftText(days));
    }
}
