using ReportAudit.Core.Model;
using ReportAudit.Core.Parsing;

namespace ReportAudit.Core.Tests.Parsing;

public sealed class SampleParsingTests
{
    private readonly ReportParser _parser = new();

    public static TheoryData<string> Samples => new(FixtureFiles.SampleIds);

    [Theory]
    [MemberData(nameof(Samples))]
    public void Parse_Sample_GivesEveryHandCheckedCell(string sampleId)
    {
        var expected = ExpectedCells.Load(sampleId);

        var report = _parser.Parse(File.ReadAllBytes(FixtureFiles.Sample(sampleId)), sampleId);

        Assert.Empty(ExpectedCells.Differences(expected, report));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Parse_Sample_GivesTemplateYearBodyAndDate(string sampleId)
    {
        var expected = ExpectedCells.Load(sampleId);

        var report = _parser.Parse(File.ReadAllBytes(FixtureFiles.Sample(sampleId)), sampleId);

        Assert.Equal((string?)expected["template"], report.Template == TemplateVersion.V2019 ? "2019" : "2021");
        Assert.Equal((int?)expected["year"], report.Year);
        Assert.Equal((string?)expected["body"], report.Body);
        Assert.Equal((string?)expected["publishedOn"], report.PublishedOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(ParseStatus.Parsed, report.Status);
        Assert.Equal([1, 2, 3, 4, 5, 6], report.Sections.Select(s => s.Number));
    }

    [Fact]
    public void Parse_TraditionalSample_ReportsTheNearMissLabelAsANotice()
    {
        var report = _parser.Parse(File.ReadAllBytes(FixtureFiles.Sample("001")), "001");

        var notice = Assert.Single(report.Notices, n => n.Code == "label.near-miss");
        Assert.Equal("result.disclosed", notice.Row);
        Assert.Equal(3, notice.Section);
        Assert.Contains("予已公開", notice.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TruncatedHeaders_AreReportedAsNotices()
    {
        var report = _parser.Parse(File.ReadAllBytes(FixtureFiles.Sample("002")), "002");

        var notice = Assert.Single(report.Notices, n => n.Code == "header.truncated" && n.Section == 2);
        Assert.Contains("本年新制作数量", notice.MessageZh, StringComparison.Ordinal);
        Assert.Contains("本年新公开数量", notice.MessageZh, StringComparison.Ordinal);
        Assert.DoesNotContain(report.Notices, n => n.Code == "header.truncated" && n.Section == 4);
    }

    [Fact]
    public void Parse_BlankCell_IsBlankNotZero()
    {
        var report = _parser.Parse(File.ReadAllBytes(FixtureFiles.Sample("001")), "001");

        var cell = report.Applications["result.other.3", "other"];
        Assert.NotNull(cell);
        Assert.Equal(CellKind.Blank, cell.Kind);
        Assert.Null(cell.Number);
        Assert.True(cell.Location.Line > 0);
    }

    [Fact]
    public void Parse_SignedChange_KeepsSignAndRawText()
    {
        var report = _parser.Parse(File.ReadAllBytes(FixtureFiles.Sample("003")), "003");

        var cell = report.ActiveDisclosure["licensing", "change"];
        Assert.NotNull(cell);
        Assert.Equal(CellKind.SignedInteger, cell.Kind);
        Assert.Equal(18m, cell.Number);
        Assert.Equal("+18", cell.Raw);
    }

    [Fact]
    public void Parse_TextCell_PointsAtItsLineAndColumn()
    {
        var report = _parser.Parse(File.ReadAllBytes(FixtureFiles.Sample("002")), "002");

        var cell = report.Applications["carried_out", "natural"]!;
        var line = File.ReadAllLines(FixtureFiles.Sample("002"))[cell.Location.Line - 1];
        Assert.StartsWith("四、结转下年度继续办理", line, StringComparison.Ordinal);
        Assert.Equal('1', line[cell.Location.Column - 1]);
    }
}
