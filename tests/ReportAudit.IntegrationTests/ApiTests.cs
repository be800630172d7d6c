using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using ReportAudit.Core.Storage.Tables;

namespace ReportAudit.IntegrationTests;

[Trait("Category", "Integration")]
public sealed class ApiTests(LocalRunnerFixture runner) : IClassFixture<LocalRunnerFixture>
{
    private static async Task<JsonNode> JsonAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private static string Id(string sample) => TableKeys.ReportId(LocalRunnerFixture.SamplePaths[sample]);

    [Theory]
    [InlineData("/api/reports")]
    [InlineData("/api/summary")]
    [InlineData("/api/rules")]
    [InlineData("/api/export/reports.csv")]
    [InlineData("/api/openapi.json")]
    public async Task Route_WithoutKey_Is401(string path)
    {
        using var client = runner.Client(withKey: false);

        var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Route_WithWrongKey_Is401_AndWithCodeQuery_Is200()
    {
        using var client = runner.Client(withKey: false);

        var wrong = await client.GetAsync(new Uri("/api/rules?code=nope", UriKind.Relative));
        var right = await client.GetAsync(new Uri("/api/rules?code=" + LocalRunnerFixture.Key, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
    }

    [Theory]
    [InlineData("/", true)]
    [InlineData("/api/dashboard/app.js", true)]
    [InlineData("/api/summary", true)]
    [InlineData("/api/summary", false)]
    [InlineData("/api/reports/nothex", true)]
    public async Task EveryAnswer_CarriesTheSecurityHeaders(string path, bool withKey)
    {
        using var client = runner.Client(withKey);

        var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }

    [Theory]
    [InlineData("?week=0001-W01", HttpStatusCode.BadRequest)]
    [InlineData("?week=2023-W47", HttpStatusCode.OK)]
    public async Task DigestPreview_WeekOutsideTheData_Is400(string query, HttpStatusCode expected)
    {
        using var client = runner.Client();

        var response = await client.GetAsync(new Uri("/api/digest/preview" + query, UriKind.Relative));

        Assert.Equal(expected, response.StatusCode);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/api/dashboard")]
    [InlineData("/api/dashboard/app.js")]
    public async Task Dashboard_WithoutKey_IsServed(string path)
    {
        using var client = runner.Client(withKey: false);

        var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("cdn", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("/api/reports?year=abc", "year")]
    [InlineData("/api/reports?pageSize=1000", "pageSize")]
    [InlineData("/api/reports?sort=bogus", "sort")]
    [InlineData("/api/reports?verdict=great", "verdict")]
    [InlineData("/api/reports?continuationToken=%%%", "continuationToken")]
    [InlineData("/api/summary?year=1800", "year")]
    [InlineData("/api/reports/not-an-id", "id")]
    public async Task BadParameter_Is400ProblemNamingIt(string path, string parameter)
    {
        using var client = runner.Client();

        var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("application/problem+json", response.Content.Headers.ContentType!.ToString(), StringComparison.Ordinal);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.NotNull(problem["errors"]![parameter]);
    }

    [Theory]
    [InlineData("year=2022", new[] { "000", "001" })]
    [InlineData("region=tianjin", new[] { "002" })]
    [InlineData("verdict=failed", new[] { "003" })]
    [InlineData("rule=template.outdated", new[] { "003" })]
    [InlineData("severity=error", new[] { "003" })]
    [InlineData("body=%E5%AE%89%E6%B3%B0%E8%A1%97%E9%81%93%E5%8A%9E%E4%BA%8B%E5%A4%84", new[] { "004" })]
    [InlineData("body=%E7%9F%B3%E5%AE%B6%E5%BA%84%E5%B8%82%E4%BA%BA%E6%B0%91%E6%94%BF%E5%BA%9C%E5%8A%9E%E5%85%AC%E5%AE%A4", new[] { "001" })]
    public async Task ListReports_Filter_GivesExactlyTheMatchingReports(string filter, string[] samples)
    {
        using var client = runner.Client();

        var page = await JsonAsync(await client.GetAsync(new Uri("/api/reports?" + filter, UriKind.Relative)));

        var ids = page["items"]!.AsArray().Select(i => (string)i!["id"]!).Order().ToArray();
        Assert.Equal(samples.Select(Id).Order().ToArray(), ids);
    }

    [Fact]
    public async Task ListReports_Paging_WalksEveryReportOnce()
    {
        using var client = runner.Client();
        var seen = new List<string>();
        string? token = null;
        var pages = 0;

        do
        {
            var url = "/api/reports?pageSize=2&sort=-year" + (token is null ? string.Empty : "&continuationToken=" + Uri.EscapeDataString(token));
            var page = await JsonAsync(await client.GetAsync(new Uri(url, UriKind.Relative)));
            seen.AddRange(page["items"]!.AsArray().Select(i => (string)i!["id"]!));
            token = (string?)page["continuationToken"];
            pages++;
        }
        while (token is not null);

        Assert.Equal(3, pages);
        Assert.Equal(5, seen.Distinct().Count());
        Assert.Equal(5, seen.Count);
    }

    [Fact]
    public async Task ListReports_QuoteInBodyName_CannotWidenTheQuery()
    {
        using var client = runner.Client();

        var page = await JsonAsync(await client.GetAsync(new Uri("/api/reports?body=" + Uri.EscapeDataString("x' or RowKey eq 'report"), UriKind.Relative)));

        Assert.Empty(page["items"]!.AsArray());
    }

    [Fact]
    public async Task GetReport_GivesModelFindingsAndOriginalLink()
    {
        using var client = runner.Client();

        var detail = await JsonAsync(await client.GetAsync(new Uri("/api/reports/" + Id("003"), UriKind.Relative)));

        Assert.Equal("凉州区城市管理综合执法局", (string?)detail["report"]!["body"]);
        Assert.Equal("failed", (string?)detail["report"]!["verdict"]);
        Assert.Equal(7, (int?)detail["model"]!["activeDisclosure"]!["licensing"]!["previous_items"]);
        var rules = detail["findings"]!.AsArray().Select(f => (string)f!["rule"]!).ToList();
        Assert.Contains("template.outdated", rules);
        Assert.Contains("date.impossible", rules);
        Assert.Contains("samples/003.txt", (string?)detail["originalUrl"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Summary_SumsTheStatisticsOfTheSelection()
    {
        using var client = runner.Client();

        var all = await JsonAsync(await client.GetAsync(new Uri("/api/summary", UriKind.Relative)));
        var y2022 = await JsonAsync(await client.GetAsync(new Uri("/api/summary?year=2022", UriKind.Relative)));

        Assert.Equal(5, (int?)all["reports"]);
        Assert.Equal(1 + 343 + 5 + 0 + 1, (int?)all["statistics"]!["applications"]!["new"]);
        Assert.Equal(12, (int?)all["statistics"]!["reviewLitigation"]!["review.total"]);
        Assert.Equal(1, (int?)all["byVerdict"]!["failed"]);
        Assert.Equal(1, (int?)all["dates"]!["impossible"]);
        Assert.Equal(2, (int?)y2022["reports"]);
        Assert.Equal(344, (int?)y2022["statistics"]!["applications"]!["new"]);
        Assert.Contains(all["topRules"]!.AsArray(), r => (string?)r!["rule"] == "template.outdated" && (int?)r["reports"] == 1);
    }

    [Fact]
    public async Task Roster_BodyWithoutReport_IsListedAsMissingWithDaysLeft()
    {
        using var client = runner.Client();
        var csv = "body,region,kind\n凉州区城市管理综合执法局,samples,department\n某县人民政府,samples,government\n";

        var set = await client.PutAsync(new Uri("/api/roster", UriKind.Relative), new StringContent(csv, Encoding.UTF8, "text/csv"));
        var summary = await JsonAsync(await client.GetAsync(new Uri("/api/summary?year=2021", UriKind.Relative)));

        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        var missing = Assert.Single(summary["missingBodies"]!.AsArray());
        Assert.Equal("某县人民政府", (string?)missing!["body"]);
        Assert.Equal("2022-03-31", (string?)missing["deadline"]);
    }

    [Theory]
    [InlineData("", "text/csv", HttpStatusCode.BadRequest)]
    [InlineData("<html><body>登录</body></html>", "text/csv", HttpStatusCode.BadRequest)]
    [InlineData("body,region,kind\n某县人民政府,samples,government\n", "text/html", HttpStatusCode.UnsupportedMediaType)]
    [InlineData("body,region,kind\n某县人民政府,samples,government\n", "application/json", HttpStatusCode.UnsupportedMediaType)]
    public async Task Roster_BadUpload_IsRefusedAndKeepsTheRoster(string body, string mediaType, HttpStatusCode expected)
    {
        using var client = runner.Client();
        var before = await client.GetStringAsync(new Uri("/api/roster", UriKind.Relative));

        var response = await client.PutAsync(new Uri("/api/roster", UriKind.Relative), new StringContent(body, Encoding.UTF8, mediaType));

        Assert.Equal(expected, response.StatusCode);
        Assert.StartsWith("application/problem+json", response.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);
        Assert.Equal(before, await client.GetStringAsync(new Uri("/api/roster", UriKind.Relative)));
    }

    [Fact]
    public async Task Body_GivesItsYears()
    {
        using var client = runner.Client();

        var body = await JsonAsync(await client.GetAsync(new Uri("/api/bodies/" + Uri.EscapeDataString("石家莊市人民政府辦公室"), UriKind.Relative)));

        Assert.Equal("石家庄市人民政府办公室", (string?)body["bodyKey"]);
        Assert.Equal(2022, (int?)Assert.Single(body["years"]!.AsArray())!["year"]);
    }

    [Fact]
    public async Task Rules_ListTheCatalogue()
    {
        using var client = runner.Client();

        var rules = (await JsonAsync(await client.GetAsync(new Uri("/api/rules", UriKind.Relative)))).AsArray();

        Assert.Contains(rules, r => (string?)r!["id"] == "balance.applications" && (string?)r["severity"] == "error");
    }

    [Fact]
    public async Task ExportReports_IsUtf8WithBomAndChinese()
    {
        using var client = runner.Client();

        var bytes = await client.GetByteArrayAsync(new Uri("/api/export/reports.csv?region=samples", UriKind.Relative));

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.Contains("安泰街道办事处", text, StringComparison.Ordinal);
        Assert.Equal(5, text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task ExportFindings_ListsEveryFinding()
    {
        using var client = runner.Client();

        var text = Encoding.UTF8.GetString(await client.GetByteArrayAsync(new Uri("/api/export/findings.csv?year=2021", UriKind.Relative)));

        Assert.Contains("template.outdated", text, StringComparison.Ordinal);
        Assert.Contains("date.impossible", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApi_DescribesTheRoutes()
    {
        using var client = runner.Client();

        var doc = await JsonAsync(await client.GetAsync(new Uri("/api/openapi.json", UriKind.Relative)));

        Assert.Equal("3.0.3", (string?)doc["openapi"]);
        Assert.NotNull(doc["paths"]!["/api/reports/{id}/findings/{findingId}/review"]);
    }
}
