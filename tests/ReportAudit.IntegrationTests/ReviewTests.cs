using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ReportAudit.Core.Storage.Tables;

namespace ReportAudit.IntegrationTests;

/// <summary>Reviews change verdicts, so they get a runner of their own (the API tests count verdicts).</summary>
[Trait("Category", "Integration")]
public sealed class ReviewTests(LocalRunnerFixture runner) : IClassFixture<LocalRunnerFixture>
{
    [Fact]
    public async Task Review_DismissingEveryError_TurnsTheVerdictAndTheSummary()
    {
        using var client = runner.Client();
        var id = TableKeys.ReportId(LocalRunnerFixture.SamplePaths["003"]);
        var detail = JsonNode.Parse(await client.GetStringAsync(new Uri("/api/reports/" + id, UriKind.Relative)))!;
        var errors = detail["findings"]!.AsArray().Where(f => (string?)f!["severity"] == "error").Select(f => (string)f!["id"]!).ToList();
        Assert.Equal(2, errors.Count);

        foreach (var findingId in errors)
        {
            var response = await client.PostAsJsonAsync(new Uri($"/api/reports/{id}/findings/{Uri.EscapeDataString(findingId)}/review", UriKind.Relative), new { decision = "dismissed", note = "核实无误" });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var after = JsonNode.Parse(await client.GetStringAsync(new Uri("/api/reports/" + id, UriKind.Relative)))!;
        var summary = JsonNode.Parse(await client.GetStringAsync(new Uri("/api/summary", UriKind.Relative)))!;
        Assert.Equal("warnings", (string?)after["report"]!["verdict"]);
        Assert.All(after["findings"]!.AsArray().Where(f => (string?)f!["severity"] == "error"), f =>
        {
            Assert.Equal("dismissed", (string?)f!["review"]!["decision"]);
            Assert.Equal("核实无误", (string?)f["review"]!["note"]);
        });
        Assert.Equal(0, (int?)summary["byVerdict"]!["failed"]);
        Assert.Equal(0, (int?)summary["findingsBySeverity"]!["error"]);
    }

    [Theory]
    [InlineData("{\"decision\":\"maybe\"}", "decision")]
    [InlineData("not json", "body")]
    public async Task Review_BadBody_Is400(string body, string parameter)
    {
        using var client = runner.Client();
        var id = TableKeys.ReportId(LocalRunnerFixture.SamplePaths["000"]);

        var response = await client.PostAsync(new Uri($"/api/reports/{id}/findings/x/review", UriKind.Relative), new StringContent(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]![parameter]);
    }
}
