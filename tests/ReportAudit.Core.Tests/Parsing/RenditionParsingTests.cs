using System.Text.Json.Nodes;
using ReportAudit.Core.Model;
using ReportAudit.Core.Parsing;

namespace ReportAudit.Core.Tests.Parsing;

/// <summary>The same report published as a CMS page, Word HTML, .docx, PDF or in another encoding gives the same model.</summary>
public sealed class RenditionParsingTests
{
    private readonly ReportParser _parser = new();

    public static TheoryData<string, string> Renditions()
    {
        var data = new TheoryData<string, string>();
        var manifest = JsonNode.Parse(File.ReadAllText(FixtureFiles.Fixture("renditions/manifest.json")))!.AsArray();
        foreach (var entry in manifest)
        {
            data.Add((string)entry!["file"]!, (string)entry["sample"]!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Renditions))]
    public void Parse_Rendition_GivesTheSampleCells(string file, string sampleId)
    {
        var expected = ExpectedCells.Load(sampleId);

        var report = _parser.Parse(File.ReadAllBytes(FixtureFiles.Fixture(file)), Path.GetFileName(file));

        Assert.Empty(ExpectedCells.Differences(expected, report));
        Assert.Equal((int?)expected["year"], report.Year);
        Assert.Equal((string?)expected["body"], report.Body);
    }

    [Theory]
    [InlineData("renditions/000.cms.html", InputFormat.Html)]
    [InlineData("renditions/002.word.html", InputFormat.Html)]
    [InlineData("renditions/000.docx", InputFormat.Docx)]
    [InlineData("renditions/000.pdf", InputFormat.Pdf)]
    [InlineData("renditions/002.gb18030.txt", InputFormat.Text)]
    public void Parse_Rendition_DetectsFormatFromContent(string file, InputFormat format)
    {
        var report = _parser.Parse(File.ReadAllBytes(FixtureFiles.Fixture(file)), "no-extension");

        Assert.Equal(format, report.Format);
    }

    [Theory]
    [InlineData("renditions/002.gb18030.txt", "gb18030")]
    [InlineData("renditions/002.word.html", "gb18030")]
    [InlineData("renditions/000.utf16.txt", "utf-16le")]
    [InlineData("renditions/004.utf8bom.txt", "utf-8-bom")]
    public void Parse_EncodedText_DetectsEncoding(string file, string encoding)
    {
        var report = _parser.Parse(File.ReadAllBytes(FixtureFiles.Fixture(file)), "x");

        Assert.Equal(encoding, report.Encoding);
    }

    [Fact]
    public void Parse_HtmlCell_PointsAtTableRowAndCell()
    {
        var report = _parser.Parse(File.ReadAllBytes(FixtureFiles.Fixture("renditions/000.cms.html")), "000.cms.html");

        var cell = report.Applications["new", "natural"]!;
        Assert.True(cell.Location.Table > 0);
        Assert.True(cell.Location.Row > 0);
        Assert.True(cell.Location.Cell > 0);
    }
}
