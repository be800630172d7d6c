using ReportAudit.Core.Collection;
using ReportAudit.Core.Model;
using ReportAudit.Core.Validation;

namespace ReportAudit.Core.Tests.Collection;

public sealed class CopyComparerTests
{
    private static ReportCopy Copy(string url, ReportStatus status, params (string Cell, decimal? Value)[] cells) =>
        new(url, "hebei/h/" + url, status, Verdict.Passed, cells.ToDictionary(c => c.Cell, c => c.Value));

    [Fact]
    public void Compare_ParsedAndPartial_ParsedIsTheRecord()
    {
        var page = Copy("t1.html", ReportStatus.Partial, ("applications/received/total", 12m));
        var pdf = Copy("P1.pdf", ReportStatus.Parsed, ("applications/received/total", 12m));

        var result = CopyComparer.Compare([page, pdf]);

        Assert.Same(pdf, result.Record);
        Assert.Empty(result.Disagreements);
    }

    [Fact]
    public void Compare_SameStatus_FewerBlankCellsWins()
    {
        var page = Copy("t1.html", ReportStatus.Parsed, ("a/r/c1", 1m), ("a/r/c2", null));
        var docx = Copy("P1.docx", ReportStatus.Parsed, ("a/r/c1", 1m), ("a/r/c2", 0m));

        Assert.Same(docx, CopyComparer.Compare([page, docx]).Record);
    }

    [Fact]
    public void Compare_CopiesWithDifferentNumbers_ListsTheCells()
    {
        var page = Copy("t1.html", ReportStatus.Parsed, ("applications/received/total", 12m), ("applications/carried/total", 0m), ("activeDisclosure/rules/made", 3m));
        var pdf = Copy("P1.pdf", ReportStatus.Parsed, ("applications/received/total", 21m), ("applications/carried/total", null), ("activeDisclosure/rules/made", 3m));

        var result = CopyComparer.Compare([page, pdf]);

        Assert.Equal(["applications/carried/total", "applications/received/total"], result.Disagreements.Select(d => d.Cell));
        Assert.Equal((12m, 21m), (result.Disagreements[1].ValueBySource["t1.html"], result.Disagreements[1].ValueBySource["P1.pdf"]));
    }

    [Fact]
    public void Compare_UnparseableCopy_IsNeitherTheRecordNorCompared()
    {
        var scan = Copy("scan.pdf", ReportStatus.Unparseable);
        var page = Copy("t1.html", ReportStatus.Parsed, ("applications/received/total", 12m));

        var result = CopyComparer.Compare([scan, page]);

        Assert.Equal((page, 0), (result.Record, result.Disagreements.Count));
    }

    [Fact]
    public void CellsOf_StoredModel_KeysEveryCell()
    {
        const string json = """{"cells":{"applications":{"received":{"total":{"raw":"12","value":12,"kind":"integer"},"note":{"raw":"","value":null,"kind":"blank"}}}}}""";

        Assert.Equal(new Dictionary<string, decimal?> { ["applications/received/total"] = 12m, ["applications/received/note"] = null }, CopyComparer.CellsOf(json));
    }

    [Fact]
    public void CellsOf_NotJson_IsEmpty() => Assert.Empty(CopyComparer.CellsOf("{not json"));
}
