using Microsoft.Extensions.Configuration;
using ReportAudit.Core.Validation;
using ReportAudit.Core.Validation.Rules;

namespace ReportAudit.Core.Tests.Validation.Rules;

/// <summary>Deadlines set earlier by local rules (issue 13, point 5d): per region and kind, per body, named in the late finding.</summary>
public sealed class RegionalDeadlineTests
{
    /// <summary>A city asking its departments to publish by 28 January; its governments keep 31 March.</summary>
    private static ValidationOptions Options() => new()
    {
        RegionDeadlines = new(StringComparer.OrdinalIgnoreCase)
        {
            ["hebei"] = new(StringComparer.Ordinal) { ["department"] = "01-28" },
            ["hebei/shijiazhuang"] = new(StringComparer.Ordinal) { ["*"] = "01-25" },
        },
        BodyDeadlines = new(StringComparer.Ordinal) { ["某市财政局"] = "01-20" },
    };

    private static ReportBuilder Department(string body, int month, int day)
    {
        var builder = ReportBuilder.Valid2021();
        builder.Title = "2022年政府信息公开工作年度报告";
        builder.Body = body;
        builder.PublishedOn = new DateOnly(2023, month, day);
        return builder;
    }

    [Theory]
    // 29 January: on time by 条例 第四十九条 (31 January), late by the region's 28 January.
    [InlineData("hebei", 1, 29, RuleState.Fired)]
    [InlineData("hebei", 1, 28, RuleState.Passed)]
    [InlineData("shanxi", 1, 29, RuleState.Passed)]
    [InlineData(null, 1, 29, RuleState.Passed)]
    // A sub-region's rule is more specific than its province's, and applies to every kind (*).
    [InlineData("hebei/shijiazhuang", 1, 26, RuleState.Fired)]
    [InlineData("HEBEI", 1, 29, RuleState.Fired)]
    public void Evaluate_RegionalDeadline_AppliesToReportsOfThatRegion(string? region, int month, int day, RuleState expected)
    {
        // Arrange
        var report = Department("某区住房和城乡建设局", month, day).Build();

        // Act
        var result = new ReportValidator([new LateRule()], Options()).Validate(report, region: region);

        // Assert
        Assert.Equal(expected, result.Outcomes.Single().State);
    }

    [Fact]
    public void Evaluate_LateByRegionalRule_NamesTheRuleThatSetTheDeadline()
    {
        // Arrange
        var report = Department("某区住房和城乡建设局", 1, 30).Build();

        // Act
        var finding = Assert.Single(new ReportValidator([new LateRule()], Options()).Validate(report, region: "hebei").Findings);

        // Assert
        Assert.Equal(("≤ 2023-01-28", "2023-01-30"), (finding.Expected, finding.Actual));
        Assert.Contains("晚于期限 2023-01-28 2 天", finding.MessageZh, StringComparison.Ordinal);
        Assert.Contains("依据：地方规定（配置 Validation:RegionDeadlines:hebei:department）", finding.MessageZh, StringComparison.Ordinal);
        Assert.Contains("set by a local rule (setting Validation:RegionDeadlines:hebei:department)", finding.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_GovernmentInARegionWithADepartmentRule_KeepsThirtyFirstMarch()
    {
        var builder = ReportBuilder.Valid2021();
        builder.Title = "某区人民政府2022年政府信息公开工作年度报告";
        builder.PublishedOn = new DateOnly(2023, 3, 5);

        var result = new ReportValidator([new LateRule()], Options()).Validate(builder.Build(), region: "hebei");

        Assert.Equal(RuleState.Passed, result.Outcomes.Single().State);
    }

    [Fact]
    public void Evaluate_BodyDeadline_WinsOverRegion()
    {
        // Arrange: the body's own rule (20 January) is earlier than the region's (28 January).
        var report = Department("某市财政局", 1, 22).Build();

        // Act
        var finding = Assert.Single(new ReportValidator([new LateRule()], Options()).Validate(report, region: "hebei").Findings);

        // Assert
        Assert.Equal("≤ 2023-01-20", finding.Expected);
        Assert.Contains("本机关的规定（配置 Validation:BodyDeadlines:某市财政局）", finding.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_Statutory_NamesTheRegulation()
    {
        var report = Department("某区住房和城乡建设局", 2, 2).Build();

        var finding = Assert.Single(new ReportValidator([new LateRule()], new ValidationOptions()).Validate(report).Findings);

        Assert.Contains("依据：条例 第四十九条", finding.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void For_Region_GivesTheRosterAndDigestTheSameDeadline()
    {
        var policy = new DeadlinePolicy(Options());

        var (date, kind, reason) = policy.For("某区住房和城乡建设局", null, 2022, region: "hebei");

        Assert.Equal((new DateOnly(2023, 1, 28), "department"), (date, kind));
        Assert.Contains("Validation:RegionDeadlines:hebei:department", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Bind_AppSettings_GiveTheRegionalAndBodyDeadlines()
    {
        // Arrange: the settings as docs/configuration.md writes them (Validation__RegionDeadlines__hebei__department …).
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Validation:RegionDeadlines:hebei:department"] = "01-28",
            ["Validation:BodyDeadlines:某市财政局"] = "01-20",
        }).Build();
        var options = new ValidationOptions();
        configuration.GetSection(ValidationOptions.SectionName).Bind(options);
        var policy = new DeadlinePolicy(options);

        // Act
        var department = policy.For("某区住房和城乡建设局", null, 2022, region: "hebei").Date;
        var body = policy.For("某市财政局", null, 2022, region: "hebei").Date;
        var elsewhere = policy.For("某区住房和城乡建设局", null, 2022, region: "shanxi").Date;

        // Assert
        Assert.Equal((new DateOnly(2023, 1, 28), new DateOnly(2023, 1, 20), new DateOnly(2023, 1, 31)), (department, body, elsewhere));
    }
}
