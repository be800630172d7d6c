using ReportAudit.Core.Model;
using ReportAudit.Core.Parsing;
using ReportAudit.Core.Parsing.Tables;

namespace ReportAudit.Core.Tests.Parsing;

/// <summary>
/// PDF rows with cells missing are placed under the columns of the last complete row; a row whose values do not
/// line up with those columns is uncertain, not guessed.
/// </summary>
public sealed class RowPlacementTests
{
    private static readonly double[] ColumnX = [290, 325, 360, 395, 430, 465, 500];

    private static readonly TemplateRow[] Rows =
        [.. TemplateCatalog.Applications2021.Where(r => r.Key is "result.disclosed" or "result.partial" or "result.withheld.1")];

    private static void AddRow(List<Piece> pieces, int rowId, string label, params (string Text, double X)[] values)
    {
        pieces.Add(new Piece(label, true, SourceLocation.AtLine(rowId, 1), rowId, 180));
        for (var c = 0; c < values.Length; c++)
        {
            pieces.Add(new Piece(values[c].Text, true, SourceLocation.AtLine(rowId, c + 2), rowId, values[c].X));
        }
    }

    private static (StatisticsTable Table, ParseContext Context) Read(params (string Text, double X)[] partialRow)
    {
        var pieces = new List<Piece>();
        AddRow(pieces, 1, "（一）予以公开", [.. ColumnX.Select((x, c) => ((c + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), x))]);
        AddRow(pieces, 2, "（二）部分公开", partialRow);
        AddRow(pieces, 3, "1.属于国家秘密", [.. ColumnX.Select(x => ("0", x))]);
        var context = new ParseContext(pieces);
        var table = new StatisticsTable();
        new RowReader(context, 0, pieces.Count, 3).ReadRows(Rows, table);
        return (table, context);
    }

    [Fact]
    public void ReadRows_ValuesUnderTheirColumns_PlacedWithBlanksAndCertain()
    {
        var (table, context) = Read(("4", 290), ("1", 325), ("0", 430), ("5", 500));

        Assert.Equal(4m, table["result.partial", "natural"]!.Number);
        Assert.Equal(1m, table["result.partial", "commercial"]!.Number);
        Assert.True(table["result.partial", "research"]!.IsBlank);
        Assert.Equal(5m, table["result.partial", "total"]!.Number);
        Assert.Empty(table.UncertainRows);
        Assert.Contains(context.Notices, n => n.Code == "table.blank-by-position" && n.Row == "result.partial");
    }

    [Fact]
    public void ReadRows_ValueBetweenColumns_RowUncertainAndNamed()
    {
        var (table, context) = Read(("4", 290), ("1", 342), ("0", 395), ("0", 430), ("0", 465), ("5", 500));

        Assert.Equal(["result.partial"], table.UncertainRows);
        var notice = Assert.Single(context.Notices, n => n.Code == "table.row-uncertain");
        Assert.Equal(("result.partial", NoticeLevel.Warning), (notice.Row, notice.Level));
        Assert.Contains("“（二）部分公开”", notice.MessageZh, StringComparison.Ordinal);
        Assert.False(table.IsUncertain("result.withheld.1"));
    }

    [Fact]
    public void ReadRows_MostColumnsMissing_RowUncertain()
    {
        // Three values for seven columns: merged cells, not blanks.
        var (table, _) = Read(("4", 290), ("0", 395), ("5", 500));

        Assert.True(table.IsUncertain("result.partial"));
    }

    [Fact]
    public void ReadRows_TwoValuesUnderOneColumn_RowUncertain()
    {
        var (table, _) = Read(("4", 288), ("1", 293), ("0", 395), ("0", 430), ("0", 465), ("5", 500));

        Assert.True(table.IsUncertain("result.partial"));
    }

    [Theory]
    [InlineData("其他法律行政止公开", "其他法律行政法规禁止公开", true)]
    [InlineData("本机关不掌握相关信息", "本机关不掌握相关政府信息", true)]
    [InlineData("行政处罚", "行政许可", false)]
    [InlineData("属于国家秘密", "属于行政执法案卷", false)]
    public void IsClose_ATypoInALongLabel_ButNotAnotherRow(string key, string official, bool close)
    {
        Assert.Equal(close, LabelMatcher.IsClose(key, official));
    }
}
