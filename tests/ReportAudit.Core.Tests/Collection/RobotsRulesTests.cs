using ReportAudit.Core.Collection;

namespace ReportAudit.Core.Tests.Collection;

public sealed class RobotsRulesTests
{
    private const string Token = "ReportAuditCollector";

    // As government sites publish them: a catch-all group, a group for one crawler, comments, wildcards.
    private const string Robots = """
        # robots.txt for www.example.gov.cn
        User-agent: *
        Disallow: /xxgk/private/
        Disallow: /*.jsp$
        Allow: /xxgk/private/ndbg/
        Disallow: /search

        User-agent: Baiduspider
        User-agent: ReportAuditCollector
        Disallow: /module/
        Allow: /module/download/
        """;

    [Theory]
    [InlineData("/xxgk/ndbg/index.html", true)]
    [InlineData("/xxgk/private/t20240101_7.html", false)]
    [InlineData("/xxgk/private/ndbg/t20240101_8.html", true)]
    [InlineData("/search?q=年报", false)]
    [InlineData("/interview/list.jsp", false)]
    [InlineData("/interview/list.jsp?id=1", true)]
    public void IsAllowed_CatchAllGroup_LongestMatchWins(string path, bool allowed) =>
        Assert.Equal(allowed, RobotsRules.Parse(Robots).IsAllowed("OtherCrawler", path));

    [Theory]
    [InlineData("/module/web/jpage/dataproxy.jsp", false)]
    [InlineData("/module/download/downfile.jsp?filename=a.pdf", true)]
    [InlineData("/xxgk/private/t20240101_7.html", true)]
    public void IsAllowed_OurOwnGroup_ReplacesTheCatchAll(string path, bool allowed) =>
        Assert.Equal(allowed, RobotsRules.Parse(Robots).IsAllowed(Token, path));

    [Fact]
    public void IsAllowed_AllowAndDisallowOfEqualLength_Allows() =>
        Assert.True(RobotsRules.Parse("User-agent: *\nDisallow: /a/\nAllow: /a/\n").IsAllowed(Token, "/a/b.html"));

    [Fact]
    public void IsAllowed_EmptyDisallow_AllowsEverything() =>
        Assert.True(RobotsRules.Parse("User-agent: *\nDisallow:\n").IsAllowed(Token, "/xxgk/index.html"));

    [Fact]
    public void DisallowAll_AnyPath_IsRefused() =>
        Assert.False(RobotsRules.DisallowAll.IsAllowed(Token, "/index.html"));
}
