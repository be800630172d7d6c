using System.Text.Json.Nodes;
using ReportAudit.Core.Model;
using ReportAudit.Core.Parsing;
using ReportAudit.Core.Validation;

namespace ReportAudit.Core.Tests.Parsing;

/// <summary>
/// Word reports printed to PDF (Fixtures/pdf-tables, made by tools/make_pdf_tables.py): section 三 across a page
/// break, wrapped labels, running page headers and page numbers, label typos, the 2019 single （六）其他处理 row in a
/// 2021 table, and rows that cannot be placed with confidence.
/// </summary>
public sealed class PdfTableParsingTests
{
    private readonly ReportParser _parser = new();

    private static (AnnualReport Report, JsonObject Expected) Parse(string name, string extension = "pdf")
    {
        var report = new ReportParser().Parse(File.ReadAllBytes(FixtureFiles.Fixture($"pdf-tables/{name}.{extension}")), $"{name}.{extension}");
        var expected = JsonNode.Parse(File.ReadAllText(FixtureFiles.Fixture($"pdf-tables/{name}.expected.json")))!.AsObject();
        return (report, expected);
    }

    private static string[] Codes(AnnualReport report, string row) =>
        report.Notices.Where(n => n.Row == row).Select(n => n.Code).Order(StringComparer.Ordinal).ToArray();

    private static string[] TableNotices(AnnualReport report) =>
        report.Notices.Where(n => n.Code.StartsWith("table.", StringComparison.Ordinal) || n.Code.StartsWith("label.", StringComparison.Ordinal))
            .Select(n => $"{n.Code}:{n.Row}").Order(StringComparer.Ordinal).ToArray();

    [Theory]
    [InlineData("pagebreak", "pdf")]
    [InlineData("rowsplit", "pdf")]
    [InlineData("variants", "pdf")]
    [InlineData("misaligned", "pdf")]
    [InlineData("topaligned", "pdf")]
    [InlineData("droppedrow", "pdf")]
    [InlineData("pagebreak", "docx")]
    [InlineData("variants", "docx")]
    [InlineData("misaligned", "docx")]
    public void Parse_WordDocumentAndItsPdf_GiveEveryCellOfTheDocument(string name, string extension)
    {
        var (report, expected) = Parse(name, extension);
        var uncertain = expected["uncertainRows"]!.AsArray().Select(r => (string)r!).ToArray();

        // The uncertain rows' cells are whatever could be read; only their being uncertain is asserted.
        var differences = ExpectedCells.Differences(expected, report)
            .Where(d => !uncertain.Any(u => d.StartsWith($"applications.{u}.", StringComparison.Ordinal)));

        Assert.Empty(differences);
        Assert.Equal(uncertain.Order(StringComparer.Ordinal), report.Applications.UncertainRows.Order(StringComparer.Ordinal));
        Assert.Equal(TemplateVersion.V2021, report.Template);
        Assert.Equal((int?)expected["year"], report.Year);
        Assert.Equal((string?)expected["body"], report.Body);
        Assert.Equal((string?)expected["publishedOn"], report.PublishedOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("pagebreak")]
    [InlineData("rowsplit")]
    [InlineData("topaligned")]
    public void Parse_TableAcrossPageBreak_ReadsAllRowsWithoutNotices(string name)
    {
        var (report, _) = Parse(name);

        Assert.Equal(TemplateCatalog.Applications2021.Select(r => r.Key), report.Applications.RowKeys);
        Assert.Empty(TableNotices(report));
        Assert.Equal(ParseStatus.Parsed, report.Status);
    }

    [Theory]
    [InlineData("pagebreak")]
    [InlineData("rowsplit")]
    [InlineData("topaligned")]
    public void Parse_PageNumbersAndRunningHeaders_NeverInsideTheTable(string name)
    {
        var (report, _) = Parse(name);

        var section3 = report.Section(3)!.Text;
        Assert.DoesNotContain("-3-", section3.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("-4-", section3.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("年度报告", section3, StringComparison.Ordinal);
        Assert.DoesNotContain(section3.Split('\n'), l => l.Trim() is "3" or "4");
        Assert.All(report.Applications.Cells(), c => Assert.True(c.Cell.IsCount, $"{c.Row}/{c.Column}: '{c.Cell.Raw}'"));
    }

    [Fact]
    public void Parse_RowSplitAcrossPages_JoinsTheLabelTailToTheRowAbove()
    {
        var (report, _) = Parse("rowsplit");

        // 3.补正后申请内容 (numbers on page 3) + 仍不明确 (page 4); 1.信访举报投诉类申请 keeps its own label.
        Assert.Contains("3.补正后申请内容仍不明确", report.Section(3)!.Text, StringComparison.Ordinal);
        Assert.Contains("1.信访举报投诉类申请", report.Section(3)!.Text, StringComparison.Ordinal);
        Assert.Equal(0m, report.Applications["result.unavailable.3", "total"]!.Number);
        Assert.Equal(8m, report.Applications["result.not_processed.1", "natural"]!.Number);
    }

    [Fact]
    public void Parse_RowDeletedFromTheTable_NoticeNamesItByTheTemplateLabel()
    {
        var (report, _) = Parse("droppedrow");

        Assert.Equal(["table.row-missing:result.withheld.6"], TableNotices(report));
        Assert.Contains("“6.属于四类过程性信息”", Assert.Single(report.Notices, n => n.Code == "table.row-missing").MessageZh, StringComparison.Ordinal);
        Assert.Equal(24, report.Applications.RowKeys.Count);
        var result = ReportValidator.CreateDefault().Validate(report);
        Assert.Equal("result.withheld.6", Assert.Single(result.Findings, f => f.RuleId == "structure.rows").Row);
    }

    [Fact]
    public void Parse_TypoLabelInItsPlace_IsReadAsThatRowWithANotice()
    {
        var (report, _) = Parse("variants");

        var notice = Assert.Single(report.Notices, n => n.Code == "label.by-position");
        Assert.Equal(("result.withheld.2", 3), (notice.Row, notice.Section));
        Assert.Contains("2.其他法律行政止公开", notice.MessageZh, StringComparison.Ordinal);
        Assert.Contains("2.其他法律行政法规禁止公开", notice.MessageZh, StringComparison.Ordinal);
        Assert.Equal(7, report.Applications.Row("result.withheld.2").Count);
    }

    [Fact]
    public void Parse_SingleOtherRowIn2021Table_IsKeptAsTheWholeOtherRowWithANotice()
    {
        var (report, _) = Parse("variants");

        Assert.Equal(11m, report.Applications["result.other", "natural"]!.Number);
        Assert.Equal(11m, report.Applications["result.other", "total"]!.Number);
        Assert.False(report.Applications.HasRow("result.other.1"));
        Assert.Equal(["table.single-other-row"], Codes(report, "result.other"));
        Assert.Contains("result.other", report.ForeignTemplateRows);
        Assert.Equal(["label.by-position:result.withheld.2", "table.blank-row:result.withheld.6", "table.single-other-row:result.other"], TableNotices(report));
    }

    [Fact]
    public void Parse_RowOfEmptyCells_IsAllBlankNotMissing()
    {
        var (report, _) = Parse("variants");

        var cells = report.Applications.Row("result.withheld.6");
        Assert.Equal(TemplateCatalog.ApplicantColumns.Order(StringComparer.Ordinal), cells.Keys.Order(StringComparer.Ordinal));
        Assert.All(cells.Values, c => Assert.True(c.IsBlank));
        Assert.Equal(["table.blank-row"], Codes(report, "result.withheld.6"));
        Assert.Equal(1m, report.Applications["result.withheld.7", "natural"]!.Number);
    }

    [Fact]
    public void Validate_SingleOtherRowIn2021Table_MixedTemplateFiresAndTheTotalsAddUp()
    {
        var (report, _) = Parse("variants");

        var result = ReportValidator.CreateDefault().Validate(report);

        var mixed = Assert.Single(result.Findings, f => f.RuleId == "template.mixed");
        Assert.Equal("result.other", mixed.Row);
        Assert.Contains("“（六）其他处理”", mixed.MessageZh, StringComparison.Ordinal);
        Assert.Equal("result.withheld.2", Assert.Single(result.Findings, f => f.RuleId == "structure.near-miss-label").Row);
        Assert.DoesNotContain(result.Findings, f => f.RuleId.StartsWith("sum.", StringComparison.Ordinal) || f.RuleId.StartsWith("balance.", StringComparison.Ordinal));
        Assert.Equal(RuleState.Passed, result.Outcomes.Single(o => o.RuleId == "sum.applications-result-total").State);
    }

    [Fact]
    public void Parse_MisalignedRows_AreMarkedUncertainAndNamed()
    {
        var (report, _) = Parse("misaligned");

        var uncertain = report.Notices.Where(n => n.Code == "table.row-uncertain").ToList();
        Assert.Equal(["result.withheld.4", "result.unavailable.1"], uncertain.Select(n => n.Row));
        Assert.All(uncertain, n => Assert.Equal(NoticeLevel.Warning, n.Level));
        Assert.Contains("“4.保护第三方合法权益”", uncertain[0].MessageZh, StringComparison.Ordinal);
        Assert.Contains("“1.本机关不掌握相关政府信息”", uncertain[1].MessageZh, StringComparison.Ordinal);
        Assert.Equal(ParseStatus.Partial, report.Status);
    }

    [Fact]
    public void Validate_MisalignedRows_ResultTotalNotAssessableInsteadOfAnError()
    {
        var (report, _) = Parse("misaligned");

        var result = ReportValidator.CreateDefault().Validate(report);

        var outcome = result.Outcomes.Single(o => o.RuleId == "sum.applications-result-total");
        Assert.Equal(RuleState.NotAssessable, outcome.State);
        Assert.Contains("4.保护第三方合法权益", outcome.Reason, StringComparison.Ordinal);
        Assert.Contains("1.本机关不掌握相关政府信息", outcome.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Findings, f => f.Row is "result.withheld.4" or "result.unavailable.1");
        Assert.DoesNotContain(result.Findings, f => f.Severity == Severity.Error);
    }

    [Fact]
    public void Parse_ExistingPdfRendition_HasNoUncertainRows()
    {
        var report = _parser.Parse(File.ReadAllBytes(FixtureFiles.Fixture("renditions/001.pdf")), "001.pdf");

        Assert.Empty(report.Applications.UncertainRows);
        Assert.DoesNotContain(report.Notices, n => n.Code is "table.row-uncertain" or "label.by-position");
    }
}
