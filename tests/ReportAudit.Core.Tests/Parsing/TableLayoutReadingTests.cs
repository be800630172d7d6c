using ReportAudit.Core.Model;
using ReportAudit.Core.Parsing;
using ReportAudit.Core.Parsing.Readers;
using ReportAudit.Core.Parsing.Tables;

namespace ReportAudit.Core.Tests.Parsing;

/// <summary>The table-walking rules of issue 12, each on the smallest input that shows it.</summary>
public sealed class TableLayoutReadingTests
{
    [Fact]
    public void HtmlRead_HeadBodyAndFootSections_AreReadInTheTableRowsOrder()
    {
        // A CMS that writes tfoot first and thead late: rows come as the table's rows collection orders them (every
        // thead's rows, then the table's own rows and the tbody rows in document order, then every tfoot's rows).
        const string html = "<table><tfoot><tr><td>合计</td><td>9</td></tr></tfoot>"
            + "<tr><td>行政许可</td><td>1</td></tr>"
            + "<tbody><tr><td>行政处罚</td><td>2</td></tr><tr><th>行政强制</th><td>3</td></tr></tbody>"
            + "<thead><tr><td>信息内容</td><td>本年处理决定数量</td></tr></thead>"
            + "<tr><td>行政事业性收费</td><td>4</td></tr></table>";

        var cells = HtmlPieceReader.Read(html, 1000).Where(p => p.IsCell).ToList();

        Assert.Equal(
            ["信息内容", "本年处理决定数量", "行政许可", "1", "行政处罚", "2", "行政强制", "3", "行政事业性收费", "4", "合计", "9"],
            cells.Select(p => p.Text));
        Assert.Equal(SourceLocation.InTable(1, 1, 1), cells[0].Location);
        Assert.Equal(SourceLocation.InTable(1, 6, 2), cells[^1].Location);
    }

    [Fact]
    public void HtmlRead_LabelGridFillers_AreNotCells()
    {
        const string html = "<table><tr><td>一、本年新收政府信息公开申请数量</td><td>&nbsp;</td><td>335</td><td>7</td><td></td></tr>"
            + "<tr><td>(三)不予公开</td><td>1.属于国家秘密</td><td>—</td><td>5</td><td>0</td></tr></table>";

        var cells = HtmlPieceReader.Read(html, 1000).Where(p => p.IsCell).Select(p => p.Text).ToList();

        // Row 1's filler sits in the label columns (0–1, as far as row 2's labels reach): left out. Its trailing
        // empty cell and row 2's — (column 2, a value column) are blank values and stay.
        Assert.Equal(["一、本年新收政府信息公开申请数量", "335", "7", "", "(三)不予公开", "1.属于国家秘密", "—", "5", "0"], cells);
    }

    [Fact]
    public void HtmlRead_HeaderPlaceholders_AreNotCellsButDataRowBlanksAre()
    {
        const string html = "<table><tr><th>—</th><th>—</th><th>未经复议直接起诉</th></tr>"
            + "<tr><td>行政许可</td><td>—</td><td>3</td></tr></table>";

        var cells = HtmlPieceReader.Read(html, 1000).Where(p => p.IsCell).Select(p => p.Text).ToList();

        Assert.Equal(["未经复议直接起诉", "行政许可", "—", "3"], cells);
    }

    [Fact]
    public void HtmlRead_TableWithoutNumbers_KeepsEveryCell()
    {
        // Every zero left blank: with no number, which cells are fillers cannot be told, so none is dropped.
        const string html = "<table><tr><td colspan=\"2\">第二十条第(五)项</td></tr><tr><td>信息内容</td><td>本年处理决定数量</td></tr>"
            + "<tr><td>行政许可</td><td>&nbsp;</td></tr></table>";

        var cells = HtmlPieceReader.Read(html, 1000).Where(p => p.IsCell).Select(p => p.Text).ToList();

        Assert.Equal(["第二十条第(五)项", "信息内容", "本年处理决定数量", "行政许可", ""], cells);
    }

    [Fact]
    public void HtmlRead_RowspanFromAbove_ShiftsTheRowsCells()
    {
        // 三、本年度办理结果 spans two rows; the second row's first cell is in column 1, a label column.
        const string html = "<table><tr><td rowspan=\"2\">三、本年度办理结果</td><td>(一)予以公开</td><td>28</td></tr>"
            + "<tr><td>(二)部分公开</td><td>9</td></tr><tr><td>&nbsp;</td><td>(七)总计</td><td>37</td></tr></table>";

        var cells = HtmlPieceReader.Read(html, 1000).Where(p => p.IsCell).Select(p => p.Text).ToList();

        Assert.Equal(["三、本年度办理结果", "(一)予以公开", "28", "(二)部分公开", "9", "(七)总计", "37"], cells);
    }

    [Fact]
    public void SpacedRowRead_GroupAndRowLabel_AreTwoCellsBeforeTheValues()
    {
        var pieces = new List<Piece>();

        var read = SpacedRowReader.TryRead("(三)不予公开 1.属于国家秘密 5 0 0 0 0 0 5", 9, pieces);

        Assert.True(read);
        Assert.Equal(["(三)不予公开", "1.属于国家秘密", "5", "0", "0", "0", "0", "0", "5"], pieces.Select(p => p.Text));
        Assert.All(pieces, p => Assert.Equal(10, p.RowId));
        Assert.All(pieces.Skip(2), p => Assert.True(p.BlanksUnmarked));
    }

    [Theory]
    [InlineData("本年度共收到申请343件。")]
    [InlineData("信息内容 本年制发件数 本年废止件数 现行有效件数")]
    [InlineData("全年共收到政府信息公开申请: 343")]
    public void SpacedRowRead_ProseOrHeader_IsNotARow(string line)
    {
        var pieces = new List<Piece>();

        var read = SpacedRowReader.TryRead(line, 0, pieces);

        Assert.False(read);
        Assert.Empty(pieces);
    }

    [Fact]
    public void SpacedRowRead_TabbedRow_KeepsItsBlankCells()
    {
        var pieces = new List<Piece>();

        var read = SpacedRowReader.TryRead("\t2.重复申请\t5\t\t\t\t\t\t5", 3, pieces);

        Assert.True(read);
        Assert.Equal(["2.重复申请", "5", "", "", "", "", "", "5"], pieces.Select(p => p.Text));
        Assert.All(pieces, p => Assert.False(p.BlanksUnmarked));
    }

    [Fact]
    public void ReviewLitigationRead_RunThatFitsTwoWays_IsNotGuessed()
    {
        // Header, five padding cells, then 行政复议 blank, 未经复议直接起诉 0 0 0 4 4 blank-zero style, 复议后起诉 1 _ _ 4 5,
        // with the last group's cells missing at the end: the numbers fit at the padding's start as well as after it.
        var texts = new[] { "总计", "", "", "", "", "", "", "", "", "4", "4", "1", "", "", "4", "5", "", "", "", "", "" };
        var context = new ParseContext(texts.Select((t, i) => new Piece(t, true, SourceLocation.AtLine(i + 1, 1))).ToList());
        var table = new StatisticsTable();

        ReviewLitigationReader.Read(context, 0, texts.Length, table);

        Assert.True(table.IsEmpty);
        var notice = Assert.Single(context.Notices);
        Assert.Equal("table.row-uncertain", notice.Code);
        Assert.Equal(4, notice.Section);
    }

    [Fact]
    public void ReviewLitigationRead_FifteenCellsStartingBlank_AreNotShifted()
    {
        // One cell per line: 行政复议 _ _ _ 4 4, 未经复议直接起诉 1 _ _ 4 5, 复议后起诉 all blank.
        var texts = new[] { "总计", "", "", "", "4", "4", "1", "", "", "4", "5", "", "", "", "", "", "五、存在的主要问题及改进情况" };
        var context = new ParseContext(texts.Select((t, i) => new Piece(t, i < texts.Length - 1, SourceLocation.AtLine(i + 1, 1))).ToList());
        var table = new StatisticsTable();

        ReviewLitigationReader.Read(context, 0, texts.Length - 1, table);

        Assert.Empty(context.Notices);
        Assert.Equal(CellKind.Blank, table["review", "upheld"]?.Kind);
        Assert.Equal(4m, table["review", "pending"]?.Number);
        Assert.Equal(4m, table["review", "total"]?.Number);
        Assert.Equal(1m, table["litigation_direct", "upheld"]?.Number);
        Assert.Equal(5m, table["litigation_direct", "total"]?.Number);
        Assert.Equal(CellKind.Blank, table["litigation_after_review", "total"]?.Kind);
    }

    [Fact]
    public void ReviewLitigationRead_PaddingBeforeTheValues_IsSkipped()
    {
        var texts = new List<string> { "总计", "", "", "", "", "" };
        texts.AddRange(["11", "", "", "1", "12", "", "", "", "4", "4", "1", "", "", "4", "5"]);
        var context = new ParseContext(texts.Select((t, i) => new Piece(t, true, SourceLocation.AtLine(i + 1, 1))).ToList());
        var table = new StatisticsTable();

        ReviewLitigationReader.Read(context, 0, texts.Count, table);

        Assert.Empty(context.Notices);
        Assert.Equal(11m, table["review", "upheld"]?.Number);
        Assert.Equal(CellKind.Blank, table["review", "corrected"]?.Kind);
        Assert.Equal(12m, table["review", "total"]?.Number);
        Assert.Equal(4m, table["litigation_direct", "total"]?.Number);
        Assert.Equal(5m, table["litigation_after_review", "total"]?.Number);
    }
}
