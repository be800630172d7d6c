using System.Text.Json.Nodes;
using ReportAudit.Core.Model;
using ReportAudit.Core.Parsing;
using ReportAudit.Core.Serialization;

namespace ReportAudit.Core.Tests.Parsing;

/// <summary>
/// Issue 12.5: 采购总金额 and 本年收费金额 keep their unit wherever the page states it (cell, column header, note),
/// through the parser and the JSON, with the value in 元; with no unit anywhere the unit stays unknown and is said.
/// The fixtures are real renditions of samples 002 (2019 template) and 004 (2021 template) with only the money cells,
/// their header or a unit note changed (see Fixtures/amounts/README.md).
/// </summary>
public sealed class AmountParsingTests
{
    private readonly ReportParser _parser = new();

    private AnnualReport Parse(string fixture) =>
        _parser.Parse(File.ReadAllBytes(FixtureFiles.Fixture(Path.Combine("amounts", fixture))), fixture);

    [Theory]
    [InlineData("002.yuan-in-cell.cms.html", "procurement", "75,394,432.52元", "75394432.52", "元", AmountUnitSource.Cell, "75394432.52")]
    [InlineData("002.wan-header.word.html", "procurement", "8.74", "8.74", "万元", AmountUnitSource.Header, "87400")]
    [InlineData("002.note.txt", "procurement", "１，２３４．５", "1234.5", "万元", AmountUnitSource.Note, "12345000")]
    [InlineData("004.fees-wan.cms.html", "fees", "38.79", "38.79", "万元", AmountUnitSource.Header, "387900")]
    [InlineData("004.fees-yuan-header.cms.html", "fees", "387,900.00", "387900.00", "元", AmountUnitSource.Header, "387900")]
    public void Parse_AmountWithAStatedUnit_KeepsRawUnitValueAndYuan(string fixture, string row, string raw, string value, string unit, AmountUnitSource source, string yuan)
    {
        var report = Parse(fixture);

        var cell = report.ActiveDisclosure[row, "amount"];
        Assert.NotNull(cell);
        var amount = Assert.NotNull(cell.Amount);
        Assert.Equal(raw, cell.Raw);
        Assert.Equal(raw, amount.Raw);
        Assert.Equal(D(value), amount.Value);
        Assert.Equal(unit, amount.Unit);
        Assert.Equal(unit, cell.Unit);
        Assert.Equal(source, amount.UnitSource);
        Assert.Equal(D(yuan), amount.Yuan);
        Assert.Equal(ParseStatus.Parsed, report.Status);
        Assert.DoesNotContain(report.Notices, n => n.Code.StartsWith("amount.", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("002.yuan-in-cell.cms.html", "procurement", "75,394,432.52元", "元", 75394432.52)]
    [InlineData("002.wan-header.word.html", "procurement", "8.74", "万元", 87400)]
    [InlineData("004.fees-wan.cms.html", "fees", "38.79", "万元", 387900)]
    public void Compact_AmountCell_IsAnObjectWithValueUnitRawAndYuan(string fixture, string row, string raw, string unit, double yuan)
    {
        var report = Parse(fixture);

        var json = RoundTrip(ReportJson.Compact(report, fixture));

        var node = json["activeDisclosure"]![row]!["amount"]!.AsObject();
        Assert.Equal(raw, (string?)node["raw"]);
        Assert.Equal(unit, (string?)node["unit"]);
        Assert.Equal((decimal)yuan, (decimal)node["yuan"]!);
        Assert.Equal(report.ActiveDisclosure[row, "amount"]!.Number, (decimal)node["value"]!);
    }

    [Fact]
    public void Compact_WanHeader_WritesTheIssueShape()
    {
        var report = Parse("002.wan-header.word.html");

        var text = ReportJson.Compact(report, "x")["activeDisclosure"]!["procurement"]!.ToJsonString(ReportJson.LineOptions);

        Assert.Equal("""{"items":0,"amount":{"value":8.74,"unit":"万元","raw":"8.74","yuan":87400}}""", text);
    }

    [Fact]
    public void Detailed_AmountCell_AddsYuanAndWhereTheUnitWasRead()
    {
        var report = Parse("002.note.txt");

        var cell = RoundTrip(ReportJson.Detailed(report, "x"))["cells"]!["activeDisclosure"]!["procurement"]!["amount"]!.AsObject();

        Assert.Equal("１，２３４．５", (string?)cell["raw"]);
        Assert.Equal(1234.5m, (decimal)cell["value"]!);
        Assert.Equal("decimal", (string?)cell["kind"]);
        Assert.Equal("万元", (string?)cell["unit"]);
        Assert.Equal(12345000m, (decimal)cell["yuan"]!);
        Assert.Equal("note", (string?)cell["unitSource"]);
        Assert.NotEqual("unknown", (string?)cell["location"]);
    }

    [Fact]
    public void Parse_NoUnitAnywhere_KeepsTheUnitNullAndSaysSo()
    {
        var report = Parse("002.no-unit.txt");

        var cell = report.ActiveDisclosure["procurement", "amount"]!;
        var amount = Assert.NotNull(cell.Amount);
        Assert.Equal(75394432.52m, amount.Value);
        Assert.Null(amount.Unit);
        Assert.Null(cell.Unit);
        Assert.Null(amount.Yuan);
        Assert.Equal(AmountUnitSource.None, amount.UnitSource);
        var notice = Assert.Single(report.Notices, n => n.Code == "amount.no-unit");
        Assert.Equal(NoticeLevel.Warning, notice.Level);
        Assert.Equal((2, "procurement"), (notice.Section, notice.Row));
        Assert.Contains("75394432.52", notice.MessageZh, StringComparison.Ordinal);
        Assert.Contains("采购总金额", notice.MessageZh, StringComparison.Ordinal);
        Assert.Equal(cell.Location, notice.Location);
        var node = ReportJson.Compact(report, "x")["activeDisclosure"]!["procurement"]!["amount"]!.AsObject();
        Assert.Null(node["unit"]);
        Assert.Null(node["yuan"]);
        Assert.True(node.ContainsKey("unit") && node.ContainsKey("yuan"));
    }

    [Fact]
    public void Parse_CellUnitAndDifferentHeaderUnit_ReadsTheCellsUnitAndSaysSo()
    {
        var text = File.ReadAllText(FixtureFiles.Sample("002"))
            .Replace("采购项目数量 | 采购总金额 |", "采购项目数量 | 采购总金额（万元） |", StringComparison.Ordinal)
            .Replace("政府集中采购 | 0 | 0 |", "政府集中采购 | 12 | 75394432.52元 |", StringComparison.Ordinal);

        var report = _parser.Parse(System.Text.Encoding.UTF8.GetBytes(text), "002.txt");

        var amount = report.ActiveDisclosure["procurement", "amount"]!.Amount!.Value;
        Assert.Equal(("元", AmountUnitSource.Cell, 75394432.52m), (amount.Unit, amount.UnitSource, amount.Yuan));
        var notice = Assert.Single(report.Notices, n => n.Code == "amount.unit-differs");
        Assert.Contains("万元", notice.MessageZh, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("002")]
    [InlineData("003")]
    public void Parse_2019SampleZeroWithoutUnit_IsZeroYuanWithoutNotice(string sampleId)
    {
        var report = _parser.Parse(File.ReadAllBytes(FixtureFiles.Sample(sampleId)), sampleId);

        var amount = report.ActiveDisclosure["procurement", "amount"]!.Amount!.Value;
        Assert.Equal((0m, null, 0m), (amount.Value, amount.Unit, amount.Yuan));
        Assert.DoesNotContain(report.Notices, n => n.Code.StartsWith("amount.", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("004")]
    public void Parse_2021Sample_ReadsTheUnitFromTheTemplatesHeader(string sampleId)
    {
        var report = _parser.Parse(File.ReadAllBytes(FixtureFiles.Sample(sampleId)), sampleId);

        var amount = report.ActiveDisclosure["fees", "amount"]!.Amount!.Value;
        Assert.Equal(("万元", AmountUnitSource.Header), (amount.Unit, amount.UnitSource));
    }

    [Fact]
    public void Parse_CountCells_HaveNoAmount()
    {
        var report = Parse("002.yuan-in-cell.cms.html");

        Assert.Null(report.ActiveDisclosure["procurement", "items"]!.Amount);
        Assert.Equal(12m, report.ActiveDisclosure["procurement", "items"]!.Number);
        Assert.Equal(12, (long)ReportJson.Compact(report, "x")["activeDisclosure"]!["procurement"]!["items"]!);
    }

    /// <summary>As a consumer reads it: the JSON text parsed back.</summary>
    private static JsonNode RoundTrip(JsonObject json) => JsonNode.Parse(json.ToJsonString(ReportJson.LineOptions))!;

    private static decimal D(string s) => decimal.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
}
