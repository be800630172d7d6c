using System.Text.Json.Nodes;
using ReportAudit.Core.Ingestion;
using ReportAudit.Core.Model;
using ReportAudit.Core.Serialization;
using ReportAudit.Core.Tests.Validation;

namespace ReportAudit.Core.Tests.Ingestion;

public sealed class ReportVersionDiffTests
{
    /// <summary>A report as the parsed store holds it: the detailed JSON, written and read back.</summary>
    private static JsonObject Stored(AnnualReport report) =>
        (JsonObject)JsonNode.Parse(ReportJson.Detailed(report, "a/x.txt").ToJsonString(ReportJson.LineOptions))!;

    [Fact]
    public void Compare_SameReport_NoChanges()
    {
        var report = ReportBuilder.Valid2021().ApplicationsRow("new", 5, 0, 0, 0, 0, 0, 5).Build();

        var change = ReportVersionDiff.Compare(Stored(report), Stored(report), 2, 1, "r1");

        Assert.False(change.HasChanges);
    }

    [Fact]
    public void Compare_ChangedCellsAndSection_ListsThemFromWhatToWhat()
    {
        // Arrange: 本年新收 natural 5 → 9 (and its total), 行政复议 维持 blank → 1, section 一 reworded.
        var before = ReportBuilder.Valid2021().ApplicationsRow("new", 5, 0, 0, 0, 0, 0, 5).Section(1, "2022年，收到申请5件。").Build();
        var after = ReportBuilder.Valid2021().ApplicationsRow("new", 9, 0, 0, 0, 0, 0, 9).Review("review", "upheld", 1).Section(1, "2022年，收到申请9件。").Build();

        // Act
        var change = ReportVersionDiff.Compare(Stored(before), Stored(after), 2, 1, "r1");

        // Assert
        Assert.Equal(
            [("applications", "new", "natural", "5", "9"), ("applications", "new", "total", "5", "9"), ("reviewLitigation", "review", "upheld", "0", "1")],
            change.Cells.Select(c => (c.Table, c.Row, c.Column, c.Before, c.After)).ToArray());
        Assert.Equal([1], change.Sections);
        Assert.Equal((2, 1, "r1"), (change.Version, change.PreviousVersion, change.PreviousReportId));
    }

    [Fact]
    public void Compare_CellGoneAndSectionMissing_AreChanges()
    {
        var before = ReportBuilder.Valid2021().Build();
        var after = ReportBuilder.Valid2021().Remove(3, "carried_out").Section(6, null).Build();

        var change = ReportVersionDiff.Compare(Stored(before), Stored(after), 3, 2, "r2");

        Assert.Equal(TemplateCatalog.ApplicantColumns.Count, change.Cells.Count);
        Assert.All(change.Cells, c => Assert.Equal(("carried_out", "0", (string?)null), (c.Row, c.Before, c.After)));
        Assert.Equal([6], change.Sections);
    }

    [Fact]
    public void Compare_NoPreviousModel_EveryCellIsNew()
    {
        var report = ReportBuilder.Valid2021().Build();

        var change = ReportVersionDiff.Compare(null, Stored(report), 2, 1, "r1");

        Assert.Equal(report.ActiveDisclosure.Cells().Count() + report.Applications.Cells().Count() + report.ReviewLitigation.Cells().Count(), change.Cells.Count);
        Assert.All(change.Cells, c => Assert.Null(c.Before));
    }
}
