using ReportAudit.Core.Model;
using ReportAudit.Core.Validation;
using ReportAudit.Core.Validation.Rules;

namespace ReportAudit.Core.Tests.Validation.Rules;

public sealed class CopiedTextRuleTests
{
    private const string Overview2021 =
        "2021年，本机关深入贯彻落实《中华人民共和国政府信息公开条例》，围绕中心工作，不断完善政府信息公开制度，拓展公开渠道，" +
        "全年主动公开政府信息128条，收到政府信息公开申请5件，均已按期答复。未发生因政府信息公开引起的行政复议和行政诉讼。";

    /// <summary>The same text a year on, with only the year and the figures changed: copied.</summary>
    private const string Overview2022Copied =
        "2022年，本机关深入贯彻落实《中华人民共和国政府信息公开条例》，围绕中心工作，不断完善政府信息公开制度，拓展公开渠道，" +
        "全年主动公开政府信息143条，收到政府信息公开申请7件，均已按期答复。未发生因政府信息公开引起的行政复议和行政诉讼。";

    private const string Overview2022Own =
        "2022年，本机关把政务公开纳入年度绩效考核，新建重点领域信息公开专栏3个，对历年发布的规范性文件开展集中清理，" +
        "废止文件12件。全年收到政府信息公开申请7件，其中涉及征地补偿的5件，均在法定期限内答复，无行政复议和行政诉讼。";

    private const string Problems2021 =
        "存在的主要问题：一是政策解读形式较为单一，图解、视频解读较少；二是部分栏目更新不够及时。" +
        "改进措施：一是丰富解读形式，增加图解和视频解读；二是建立栏目更新台账，定期检查，确保信息及时更新。";

    private static PreviousYearFigures Previous(string? one, string? five) =>
        PreviousYearFigures.From(Report(2021, one, five), "2021-report")!;

    private static AnnualReport Report(int year, string? one, string? five)
    {
        var builder = ReportBuilder.Valid2021().Section(1, one).Section(5, five);
        builder.Year = year;
        return builder.Build();
    }

    [Fact]
    public void Evaluate_CopiedSectionsOneAndFive_OneWarningEach()
    {
        // Arrange
        var previous = Previous(Overview2021, Problems2021);
        var report = Report(2022, Overview2022Copied, Problems2021);

        // Act
        var (state, findings) = RuleRunner.Run(new CopiedTextRule(), report, previous);

        // Assert
        Assert.Equal(RuleState.Fired, state);
        Assert.Equal([1, 5], findings.Select(f => f.Section!.Value).ToArray());
        Assert.All(findings, f => Assert.Equal(Severity.Warning, f.Severity));
        var five = findings[1];
        Assert.Equal(("< 80%", "100%"), (five.Expected, five.Actual));
        Assert.Contains("第五部分（存在的主要问题及改进情况）与本机关 2021 年度报告（2021-report）的同一部分内容雷同：相似度 100%", five.MessageZh, StringComparison.Ordinal);
        Assert.Contains("最长的相同段落", five.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_FiguresAndYearChanged_StillCopiedWithTheLongestPassage()
    {
        var (_, findings) = RuleRunner.Run(new CopiedTextRule(), Report(2022, Overview2022Copied, null), Previous(Overview2021, null));

        var finding = Assert.Single(findings);
        Assert.Equal("100%", finding.Actual);
        Assert.Contains("“2022年本机关深入贯彻落实中华人民共和国政府信息公开条例", finding.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_OwnText_Passes()
    {
        var (state, findings) = RuleRunner.Run(new CopiedTextRule(), Report(2022, Overview2022Own, null), Previous(Overview2021, null));

        Assert.Equal(RuleState.Passed, state);
        Assert.Empty(findings);
    }

    [Fact]
    public void Evaluate_NoPreviousYear_NotAssessable()
    {
        var (state, _) = RuleRunner.Run(new CopiedTextRule(), Report(2022, Overview2022Copied, Problems2021));

        Assert.Equal(RuleState.NotAssessable, state);
    }

    [Fact]
    public void Evaluate_PreviousWithoutTexts_NotAssessable()
    {
        // Figures stored before the texts were kept have none: the rule says so rather than passing.
        var previous = Previous(Overview2021, Problems2021) with { SectionOneText = null, SectionFiveText = null };

        var (state, _) = RuleRunner.Run(new CopiedTextRule(), Report(2022, Overview2022Copied, Problems2021), previous);

        Assert.Equal(RuleState.NotAssessable, state);
    }

    [Fact]
    public void From_LongSection_KeepsAtMostTheBound()
    {
        var previous = Previous(string.Concat(Enumerable.Repeat(Overview2021, 40)), Problems2021);

        Assert.Equal(PreviousYearFigures.MaxTextLength, previous.SectionOneText!.Length);
        Assert.Equal(TextSimilarity.Compact(Problems2021), previous.SectionFiveText);
    }

    [Fact]
    public void From_LongestTexts_FitOneTableProperty()
    {
        // Arrange: both sections at the bound, all Chinese (6 characters each once JSON escapes them).
        var longest = string.Concat(Enumerable.Repeat(Overview2021, 40));
        var previous = Previous(longest, longest);

        // Act: as storage writes the figures (TableBodyIndex: JsonSerializer with default options).
        var json = System.Text.Json.JsonSerializer.Serialize(previous);

        // Assert: an Azure Table string property holds at most 32,768 UTF-16 characters.
        Assert.InRange(json.Length, 20_000, 32_768);
        Assert.Equal(previous, System.Text.Json.JsonSerializer.Deserialize<PreviousYearFigures>(json)! with { CarriedOut = previous.CarriedOut });
    }

    [Theory]
    [InlineData(Overview2022Copied, 0.99)]
    [InlineData(Overview2022Own, 0.0)]
    public void Containment_MatchesExpectation(string current, double atLeastOrAtMost)
    {
        var similarity = TextSimilarity.Containment(TextSimilarity.Compact(current), TextSimilarity.Compact(Overview2021));

        if (atLeastOrAtMost > 0.5)
        {
            Assert.True(similarity >= atLeastOrAtMost, $"similarity {similarity}");
        }
        else
        {
            Assert.True(similarity < 0.5, $"similarity {similarity}");
        }
    }
}
