using System.Text;
using ReportAudit.Core.Api;
using ReportAudit.Core.Model;
using ReportAudit.Core.Parsing;
using ReportAudit.Core.Storage;
using ReportAudit.Core.Storage.Tables;
using ReportAudit.Core.Summaries;
using ReportAudit.Core.Validation;

namespace ReportAudit.Core.Tests.Storage;

/// <summary>Amounts reach the stored report, its table row and the CSV export with their unit and value in 元.</summary>
public sealed class KeyFiguresTests
{
    private static KeyFigures FiguresOf(string fixture) =>
        KeyFigures.From(new ReportParser().Parse(File.ReadAllBytes(FixtureFiles.Fixture(Path.Combine("amounts", fixture))), fixture));

    [Fact]
    public void From_ReportWithAmountUnderAWanHeader_KeepsValueUnitRawAndYuan()
    {
        var figures = FiguresOf("002.wan-header.word.html");

        var amount = Assert.NotNull(figures.AmountOf("procurement.amount"));
        Assert.Equal((8.74m, "万元", "8.74", AmountUnitSource.Header, 87400m), (amount.Value, amount.Unit, amount.Raw, amount.UnitSource, amount.Yuan));
        Assert.Null(figures.AmountOf("fees.amount"));
    }

    [Fact]
    public void ReportEntityMapper_RoundTrip_KeepsTheAmountsUnitAndYuan()
    {
        var stored = Stored(FiguresOf("002.yuan-in-cell.cms.html"));

        var back = ReportEntityMapper.ToReport(ReportEntityMapper.ToEntity(stored));

        var amount = Assert.NotNull(back.Figures.AmountOf("procurement.amount"));
        Assert.Equal((75394432.52m, "元", "75,394,432.52元", AmountUnitSource.Cell, 75394432.52m), (amount.Value, amount.Unit, amount.Raw, amount.UnitSource, amount.Yuan));
        Assert.Equal(stored.Figures.Applications, back.Figures.Applications);
    }

    [Fact]
    public void ReportEntityMapper_RoundTrip_NoUnitStaysUnknown()
    {
        var back = ReportEntityMapper.ToReport(ReportEntityMapper.ToEntity(Stored(FiguresOf("002.no-unit.txt"))));

        var amount = Assert.NotNull(back.Figures.AmountOf("procurement.amount"));
        Assert.Equal((75394432.52m, null, null, AmountUnitSource.None), (amount.Value, amount.Unit, amount.Yuan, amount.UnitSource));
    }

    [Fact]
    public void ReportEntityMapper_FiguresStoredBeforeAmounts_ReadAsNoAmounts()
    {
        var entity = ReportEntityMapper.ToEntity(Stored(KeyFigures.Empty));
        entity["Figures"] = """{"Applications":{"new":5},"ReviewLitigation":{}}""";

        var back = ReportEntityMapper.ToReport(entity);

        Assert.Empty(back.Figures.Amounts);
        Assert.Equal(5, back.Figures.Application("new"));
    }

    [Theory]
    [InlineData("002.yuan-in-cell.cms.html", "75394432.52元,元,75394432.52,,,")]
    [InlineData("002.wan-header.word.html", "8.74万元,万元,87400,,,")]
    [InlineData("004.fees-wan.cms.html", ",,,38.79万元,万元,387900")]
    [InlineData("002.no-unit.txt", "75394432.52,,,,,")]
    public void AmountColumns_ExportedRow_WritesAmountUnitAndYuan(string fixture, string expected)
    {
        var figures = ReportEntityMapper.ToReport(ReportEntityMapper.ToEntity(Stored(FiguresOf(fixture)))).Figures;

        var csv = Encoding.UTF8.GetString(Csv.Write(AmountColumns.Header(), [AmountColumns.Cells(figures)])[3..]);

        var lines = csv.Split("\r\n");
        Assert.Equal("采购总金额 procurement amount,采购总金额单位 procurement amount unit,采购总金额折合元 procurement amount in 元,本年收费金额 fees amount,本年收费金额单位 fees amount unit,本年收费金额折合元 fees amount in 元", lines[0]);
        Assert.Equal(expected, lines[1]);
    }

    private static StoredReport Stored(KeyFigures figures) => new()
    {
        Id = "r1",
        BlobPath = "tianjin/002.html",
        Status = ReportStatus.Parsed,
        Verdict = Verdict.Passed,
        ContentHash = new string('0', 64),
        ParserVersion = "test",
        Figures = figures,
    };
}
