using System.Text.Json.Nodes;
using ReportAudit.Core.Api;
using ReportAudit.Core.Tests.Validation;

namespace ReportAudit.Core.Tests.Api;

public sealed class NamesApiTests
{
    [Fact]
    public void Json_Verdicts_ListsNamesWithLabelsAndTheWorstFirstOrder()
    {
        var names = JsonNode.Parse(NamesApi.Json)!;

        Assert.Equal(["passed", "warnings", "failed", "unparseable"], names["verdicts"]!.AsArray().Select(v => (string)v!["name"]!));
        Assert.Equal("未通过", (string)names["verdicts"]![2]!["zh"]!);
        Assert.Equal(["failed", "unparseable", "warnings", "passed"], names["verdictsWorstFirst"]!.AsArray().Select(v => (string)v!));
    }

    [Fact]
    public void Json_SeveritiesAndStatuses_AreListedInTheirServedOrder()
    {
        var names = JsonNode.Parse(NamesApi.Json)!;

        Assert.Equal(["error", "warning", "notice"], names["severities"]!.AsArray().Select(v => (string)v!["name"]!));
        Assert.Equal(["parsed", "partial", "unparseable", "failed"], names["statuses"]!.AsArray().Select(v => (string)v!["name"]!));
        Assert.Equal(["unknown", "on-time", "late", "impossible"], names["dateStatuses"]!.AsArray().Select(v => (string)v!["name"]!));
        Assert.Equal("已通知整改", (string)names["trackingStates"]![2]!["zh"]!);
    }

    [Fact]
    public void Json_IsTheDashboardsMockSample()
    {
        // The dashboard's ?mock=1 mode reads sample-data/names.json instead of the API: it must be this answer.
        var sample = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryFiles.Root, "core", "Web", "dashboard", "sample-data", "names.json")));

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(NamesApi.Json), sample), NamesApi.Json);
    }

    [Fact]
    public void OpenApi_FilterParameters_ListTheNamesAsAnEnum()
    {
        var parameters = JsonNode.Parse(OpenApiDocument.Json)!["paths"]!["/api/reports"]!["get"]!["parameters"]!.AsArray();

        var verdict = parameters.Single(p => (string)p!["name"]! == "verdict")!;
        var severity = parameters.Single(p => (string)p!["name"]! == "severity")!;

        Assert.Equal(["passed", "warnings", "failed", "unparseable"], verdict["schema"]!["enum"]!.AsArray().Select(v => (string)v!));
        Assert.Equal("passed | warnings | failed | unparseable", (string)verdict["description"]!);
        Assert.Equal(["error", "warning", "notice"], severity["schema"]!["enum"]!.AsArray().Select(v => (string)v!));
    }
}
