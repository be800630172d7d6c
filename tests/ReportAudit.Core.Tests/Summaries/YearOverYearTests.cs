using System.Text;
using System.Text.Json.Nodes;
using ReportAudit.Core.Parsing;
using ReportAudit.Core.Serialization;
using ReportAudit.Core.Summaries;

namespace ReportAudit.Core.Tests.Summaries;

/// <summary>
/// The body view's year-over-year comparison: section similarity (the copied-text rule's measure) and the cells side by
/// side, on sample 002 (天津市静海区人民政府办公室, 2019) and its next year as the body's CMS would publish it.
/// </summary>
public sealed class YearOverYearTests
{
    /// <summary>The first paragraph of sample 002's section 五, which the 2020 report below rewrites.</summary>
    private const string ProblemsParagraph = "一直以来,办公室信息公开工作的制度建设还不到位,标准化规范化程度低,尤其在依申请公开的答复上还不规范。主动公开偏重发布文件,配套解读跟不上;信息公开平台建设和管理水平还比较低。信息公开的力度还不大,形式还比较单一。针对存在的问题,我办2019年主要做了以下工作:";

    private const string RewrittenParagraph = "本年度新冠肺炎疫情防控期间,部分基层单位疫情信息发布不够及时,网上答复群众咨询存在滞后。下一步将建立疫情信息发布绿色通道,每日更新防控动态,并于年底前完成政务新媒体矩阵整合。为此,我办2020年主要做了以下工作:";

    [Theory]
    [InlineData("全面推进政务公开", "全面推进政务公开", 1.0)]
    [InlineData("全面推进政务公开", "全面推进依法行政", 0.2)] // of 全面推进 面推进政 推进政务 进政务公 政务公开, only 全面推进 is last year's
    [InlineData("ABCDEFGH", "ABCDEXYZ", 0.4)] // ABCD and BCDE of five shingles
    [InlineData("2020年共收到申请15件，全部按时答复。", "2019年共收到申请9件,全部按时答复", 0.812)] // figures masked: 13 of 16 shingles (not 申请## 请##件 ##件全); punctuation dropped
    [InlineData("本机关全面推进政务公开", "", null)]
    [InlineData("公开", "全面推进政务公开", null)] // shorter than one shingle: nothing to say
    [InlineData(null, "全面推进政务公开", null)]
    public void SectionSimilarity_RealTexts_IsTheShareOfThisYearsShinglesFoundLastYear(string? current, string? previous, double? expected)
    {
        Assert.Equal(expected, YearOverYear.SectionSimilarity(current, previous));
    }

    [Fact]
    public void Build_NextYearWithACorrectedFigureAndARewrittenParagraph_FlagsTheCellAndMeasuresEachSection()
    {
        var text2019 = File.ReadAllText(FixtureFiles.Sample("002"));
        var text2020 = text2019.Replace("2019", "2020", StringComparison.Ordinal)
            .Replace("一、本年新收政府信息公开申请数量 | 5 | 0 | 0 | 0 | 0 | 0 | 5", "一、本年新收政府信息公开申请数量 | 9 | 0 | 0 | 0 | 0 | 0 | 9", StringComparison.Ordinal)
            .Replace(ProblemsParagraph.Replace("2019", "2020", StringComparison.Ordinal), RewrittenParagraph, StringComparison.Ordinal);
        Assert.NotEqual(text2019.Replace("2019", "2020", StringComparison.Ordinal), text2020);

        // Given newest first: the comparison orders the years itself.
        var comparison = YearOverYear.Build([(2020, "b2020", Parsed(text2020, "jinghai/2020.txt")), (2019, "a2019", Parsed(text2019, "jinghai/2019.txt"))]);

        Assert.Equal([2019, 2020], comparison["years"]!.AsArray().Select(y => (int)y!["year"]!));
        var cells = comparison["cells"]!.AsArray().Select(c => c!.AsObject()).ToList();
        var newNatural = Cell(cells, "applications", "new", "natural");
        Assert.Equal(("一、本年新收政府信息公开申请数量", "自然人"), ((string?)newNatural["rowLabel"], (string?)newNatural["columnLabel"]));
        Assert.Equal([5m, 9m], newNatural["values"]!.AsArray().Select(v => (decimal)v!["value"]!));
        Assert.Equal([false, true], newNatural["changed"]!.AsArray().Select(v => (bool)v!));
        Assert.Equal([false, true], Cell(cells, "applications", "new", "total")["changed"]!.AsArray().Select(v => (bool)v!));
        var carriedOut = Cell(cells, "applications", "carried_out", "natural");
        Assert.Equal([1m, 1m], carriedOut["values"]!.AsArray().Select(v => (decimal)v!["value"]!));
        Assert.Equal([false, false], carriedOut["changed"]!.AsArray().Select(v => (bool)v!));

        // Exactly two cells changed in the three tables: 本年新收 自然人 and 总计.
        Assert.Equal(2, cells.Count(c => c["changed"]!.AsArray().Any(v => (bool)v!)));

        // The template's order: section 二's 2019 rows, 规章 first and 政府集中采购 last; section 四 after section 三.
        Assert.Equal(("activeDisclosure", "regulations"), ((string?)cells[0]["table"], (string?)cells[0]["row"]));
        Assert.Equal("procurement", (string?)cells.Last(c => (string?)c["table"] == "activeDisclosure")["row"]);
        Assert.Equal("reviewLitigation", (string?)cells[^1]["table"]);

        var sections = comparison["sections"]!.AsArray().ToDictionary(s => (int)s!["number"]!, s => s!["similarity"]!.AsArray());
        Assert.Equal(6, sections.Count);
        Assert.All(sections.Values, s => Assert.Null(s[0])); // the first year has no year before
        Assert.Equal(1.0, (double?)sections[1][1]); // 总体情况: only the year changed, and figures are masked
        Assert.Equal(0.794, (double?)sections[5][1]); // 五: the first paragraph rewritten, (一)–(四) kept: 305 of 384 shingles
        Assert.Equal("五、存在的主要问题及改进情况", (string?)comparison["sections"]![4]!["title"]);
    }

    [Fact]
    public void Build_YearWithoutAParsedModel_IsAColumnOfBlanksAndNoChange()
    {
        var text = File.ReadAllText(FixtureFiles.Sample("002"));

        var comparison = YearOverYear.Build([(2019, "a2019", Parsed(text, "jinghai/2019.txt")), (2020, "b2020", null)]);

        var newNatural = Cell(comparison["cells"]!.AsArray().Select(c => c!.AsObject()).ToList(), "applications", "new", "natural");
        Assert.Null(newNatural["values"]![1]);
        Assert.Equal([false, false], newNatural["changed"]!.AsArray().Select(v => (bool)v!));
        Assert.Null(comparison["sections"]![0]!["similarity"]![1]);
    }

    private static JsonObject Cell(List<JsonObject> cells, string table, string row, string column) =>
        cells.Single(c => (string?)c["table"] == table && (string?)c["row"] == row && (string?)c["column"] == column);

    /// <summary>A report as the ingestion stores it: the detailed model, written and read back as JSON.</summary>
    private static JsonObject Parsed(string text, string path) =>
        (JsonObject)JsonNode.Parse(ReportJson.Detailed(new ReportParser().Parse(Encoding.UTF8.GetBytes(text), path), path).ToJsonString(ReportJson.LineOptions))!;
}
