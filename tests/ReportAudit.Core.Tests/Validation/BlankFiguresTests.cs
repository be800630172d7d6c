using ReportAudit.Core.Model;
using ReportAudit.Core.Parsing;
using ReportAudit.Core.Validation;

namespace ReportAudit.Core.Tests.Validation;

/// <summary>
/// Issue 13, point 1: blanks are not stated figures. A report that leaves its 总计 cells (or an applicant column) blank
/// while the figures it does state are right is never failed; where two stated figures disagree, the error still fires.
/// </summary>
public sealed class BlankFiguresTests
{
    /// <summary>
    /// A correct 2022 report: 4 new applications (自然人 3, 商业企业 1), disclosed 2 + 1, one 本机关不掌握; （七）总计 3 + 1 = 4;
    /// nothing carried over. Every cell stated.
    /// </summary>
    private static ReportBuilder Correct() => ReportBuilder.Valid2021()
        .ApplicationsRow("new", 3, 1, 0, 0, 0, 0, 4)
        .ApplicationsRow("result.disclosed", 2, 1, 0, 0, 0, 0, 3)
        .ApplicationsRow("result.unavailable.1", 1, 0, 0, 0, 0, 0, 1)
        .ApplicationsRow("result.total", 3, 1, 0, 0, 0, 0, 4);

    /// <summary>As real pages do: the 总计 cells of the result rows (not of （七）总计) left blank.</summary>
    private static ReportBuilder BlankResultTotals(ReportBuilder builder)
    {
        foreach (var row in TemplateCatalog.Applications2021.Where(r => r.Key.StartsWith("result.", StringComparison.Ordinal) && r.Key != "result.total"))
        {
            builder.Applications(row.Key, "total", null);
        }

        return builder;
    }

    [Fact]
    public void Validate_BlankTotalColumnOfResults_PartsRight_NoErrorAndOneWarning()
    {
        // Arrange
        var report = BlankResultTotals(Correct()).Build();

        // Act
        var result = ReportValidator.CreateDefault().Validate(report);

        // Assert: no error; one structure.blank-total warning names the column once, with what the results add up to.
        Assert.Equal(Verdict.Warnings, result.Verdict);
        Assert.Equal(0, result.Errors);
        var warning = Assert.Single(result.Findings, f => f.Severity == Severity.Warning);
        Assert.Equal("structure.blank-total", warning.RuleId);
        Assert.StartsWith("总计栏空白（", warning.MessageZh, StringComparison.Ordinal);
        Assert.Contains("：各项办理结果之和为 4", warning.MessageZh, StringComparison.Ordinal);
        Assert.Equal(("4", "total"), (warning.Expected, warning.Column));

        // The column-sum rule assessed the six applicant columns and says it left the 总计 column out.
        var outcome = result.Outcomes.Single(o => o.RuleId == "sum.applications-result-total");
        Assert.Equal(RuleState.Passed, outcome.State);
        Assert.Contains("“总计”列（各项办理结果均为空白）", outcome.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BlankTotalColumnOfResults_OnePartWrong_OnlyThePartLevelError()
    {
        // Arrange: 商业企业's disclosed is 2, yet its （七）总计 says 1: two stated figures that disagree.
        var report = BlankResultTotals(Correct()).Applications("result.disclosed", "commercial", 2).Build();

        // Act
        var result = ReportValidator.CreateDefault().Validate(report);

        // Assert
        Assert.Equal(Verdict.Failed, result.Verdict);
        var error = Assert.Single(result.Findings, f => f.Severity == Severity.Error);
        Assert.Equal(("sum.applications-result-total", "commercial", "2", "1"), (error.RuleId, error.Column, error.Expected, error.Actual));
        Assert.Contains("“商业企业”列：各项办理结果之和 = （一）予以公开 2 = 2，（七）总计为 1，差 1", error.MessageZh, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Findings, f => f.Severity == Severity.Error && f.Column == "total");
    }

    [Fact]
    public void Validate_WholeTotalColumnBlank_NoErrorAndOneWarningForTheColumn()
    {
        // Arrange
        var builder = Correct();
        foreach (var row in TemplateCatalog.Applications2021)
        {
            builder.Applications(row.Key, "total", null);
        }

        // Act
        var result = ReportValidator.CreateDefault().Validate(builder.Build());

        // Assert
        Assert.Equal(0, result.Errors);
        var warning = Assert.Single(result.Findings, f => f.RuleId == "structure.blank-total");
        Assert.Contains("总计栏空白（第三部分“总计”列 25 行全部空白）", warning.MessageZh, StringComparison.Ordinal);
        Assert.Contains("一、本年新收政府信息公开申请数量 4", warning.MessageZh, StringComparison.Ordinal);
        Assert.Contains("三、本年度办理结果 4", warning.MessageZh, StringComparison.Ordinal);
        Assert.Null(warning.Row);
        Assert.Contains("“总计”列", result.Outcomes.Single(o => o.RuleId == "balance.applications").Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BlankPartColumnUnderAStatedTotal_WarningNotError()
    {
        // Arrange: the 自然人 column of every result row left blank while （七）总计 says 3 (the false error of issue 13:
        // "各项办理结果之和 = 0 = 0，（七）总计为 3，差 3").
        var builder = Correct();
        foreach (var row in TemplateCatalog.Applications2021.Where(r => r.Key.StartsWith("result.", StringComparison.Ordinal) && r.Key != "result.total"))
        {
            builder.Applications(row.Key, "natural", null);
        }

        // Act
        var result = ReportValidator.CreateDefault().Validate(builder.Build());

        // Assert: the 自然人 results state nothing, so nothing is compared there; no error anywhere.
        Assert.Equal(0, result.Errors);
        Assert.DoesNotContain(result.Findings, f => f.RuleId == "sum.applications-result-total");
        Assert.Contains("“自然人”列（各项办理结果均为空白）", result.Outcomes.Single(o => o.RuleId == "sum.applications-result-total").Reason, StringComparison.Ordinal);
        var column = Assert.Single(result.Findings, f => f.RuleId == "structure.blank-total");
        Assert.Equal("“自然人”列的各项办理结果均为空白，（七）总计为 3：办理结果无从核对", column.MessageZh);
        Assert.Equal(("result.total", "natural", Severity.Warning), (column.Row, column.Column, column.Severity));

        // The rows whose 总计 exceeds their stated parts are one warning: the blank 自然人 cells may hold the difference.
        var rows = Assert.Single(result.Findings, f => f.RuleId == "sum.applications-row-total");
        Assert.Equal(Severity.Warning, rows.Severity);
        Assert.Contains("“（一）予以公开”一行：六类申请人之和 = 0+1+0+0+0+0 = 1，总计栏为 3", rows.MessageZh, StringComparison.Ordinal);
        Assert.Contains("差额可能就在其中", rows.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_PartsExceedTotalDespiteABlank_StillAnError()
    {
        // Arrange: 3 + 1 already exceed the stated 总计 of 3, whatever the blank 科研机构 cell holds.
        var report = Correct().ApplicationsRow("new", 3, 1, null, 0, 0, 0, 3).Build();

        // Act
        var result = ReportValidator.CreateDefault().Validate(report);

        // Assert
        var error = Assert.Single(result.Findings, f => f.RuleId == "sum.applications-row-total");
        Assert.Equal((Severity.Error, "4", "3"), (error.Severity, error.Expected, error.Actual));
    }

    [Fact]
    public void Validate_BlankTotalCellWhosePartsAddUp_WarningNeverError()
    {
        // Arrange: （七）总计 of 商业企业 blank; its results add up to 1.
        var report = Correct().Applications("result.total", "commercial", null).Build();

        // Act
        var result = ReportValidator.CreateDefault().Validate(report);

        // Assert
        Assert.Equal(Verdict.Warnings, result.Verdict);
        var warning = Assert.Single(result.Findings, f => f.RuleId == "structure.blank-total");
        Assert.Equal("（七）总计一行的“商业企业”栏空白：各项办理结果之和为 1", warning.MessageZh);
    }

    [Fact]
    public void Validate_OnlyTotalsFilled_NoErrorAndOneWarningListingTheRows()
    {
        // Arrange: a report that fills only the 总计 column.
        var builder = Correct();
        foreach (var row in new[] { "new", "result.disclosed", "result.unavailable.1", "result.total" })
        {
            foreach (var part in TemplateCatalog.ApplicantParts)
            {
                builder.Applications(row, part, null);
            }
        }

        // Act
        var result = ReportValidator.CreateDefault().Validate(builder.Build());

        // Assert
        Assert.Equal(0, result.Errors);
        var warning = Assert.Single(result.Findings, f => f.RuleId == "structure.blank-total" && f.Row == "new");
        Assert.Contains("一、本年新收政府信息公开申请数量、（一）予以公开、（四）无法提供 1.本机关不掌握相关政府信息、（七）总计，总计分别为 4、3、1、4", warning.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_StatedFiguresDisagree_StillAnError()
    {
        // Arrange: 一、本年新收 states 3 + 1 in its parts and 5 in its total.
        var report = Correct().Applications("new", "total", 5).Build();

        // Act
        var result = ReportValidator.CreateDefault().Validate(report);

        // Assert
        var error = Assert.Single(result.Findings, f => f.RuleId == "sum.applications-row-total");
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Contains("“一、本年新收政府信息公开申请数量”一行：六类申请人之和 = 3+1+0+0+0+0 = 4，总计栏为 5，差 1", error.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BlankReviewTotal_OneWarningNoError()
    {
        var report = ReportBuilder.Valid2021().ReviewGroup("review", 1, 1, 0, 0, null).Build();

        var result = ReportValidator.CreateDefault().Validate(report);

        Assert.Equal(0, result.Errors);
        var warning = Assert.Single(result.Findings, f => f.RuleId == "structure.blank-total");
        Assert.Equal("行政复议的总计栏空白：结果维持+结果纠正+其他结果+尚未审结 = 1+1+0+0 = 2", warning.MessageZh);
        var outcome = result.Outcomes.Single(o => o.RuleId == "sum.review-litigation-total");
        Assert.Equal(RuleState.Passed, outcome.State);
        Assert.Contains("行政复议（总计空白）", outcome.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BlankWithheldRows_NoticeListsRowsWithCounts()
    {
        // Arrange: the eight 不予公开 rows left blank in all seven columns, as some CMS tables do.
        var builder = ReportBuilder.Valid2021();
        for (var n = 1; n <= 8; n++)
        {
            builder.ApplicationsRow($"result.withheld.{n}", null, null, null, null, null, null, null);
        }

        // Act
        var result = ReportValidator.CreateDefault().Validate(builder.Build());

        // Assert
        var notice = Assert.Single(result.Findings, f => f.RuleId == "structure.blank-cells");
        Assert.Contains("第三部分 （三）不予公开 1–8 行：空白 56 格", notice.MessageZh, StringComparison.Ordinal);
        Assert.DoesNotContain("result.", notice.MessageZh, StringComparison.Ordinal);
        Assert.Equal(Verdict.Passed, result.Verdict);
    }

    [Fact]
    public void Validate_CmsPageWithBlankResultTotals_PassesWithOneWarning()
    {
        // Arrange: sample 004 as a CMS page that leaves the 总计 cells of its 21 result rows blank.
        var path = FixtureFiles.Fixture(Path.Combine("blanks", "004.blank-result-totals.cms.html"));
        var report = new ReportParser().Parse(File.ReadAllBytes(path), Path.GetFileName(path));

        // Act
        var result = ReportValidator.CreateDefault().Validate(report);

        // Assert: read as blanks, no error, one warning naming the column once, one notice listing the blanks by row.
        Assert.Equal(21, report.Applications.RowKeys.Count(r => report.Applications[r, "total"] is { IsBlank: true }));
        Assert.Equal(Verdict.Warnings, result.Verdict);
        Assert.Equal(["structure.blank-cells", "structure.blank-total"], result.Findings.Select(f => f.RuleId).ToArray());
        Assert.Contains("各项办理结果之和为 1", result.Findings[1].MessageZh, StringComparison.Ordinal);
        Assert.Contains("“总计”列（各项办理结果均为空白）", result.Outcomes.Single(o => o.RuleId == "sum.applications-result-total").Reason, StringComparison.Ordinal);
    }
}
