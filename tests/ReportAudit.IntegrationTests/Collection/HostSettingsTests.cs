using System.Text.Json.Nodes;
using ReportAudit.Core.Api;
using ReportAudit.Local.Hosting;

namespace ReportAudit.IntegrationTests.Collection;

/// <summary>The queue settings the collection relies on, in both hosts: a message is tried 5 times, then poisoned.</summary>
public sealed class HostSettingsTests
{
    [Fact]
    public void HostJson_Queues_PoisonAfterFiveTriesWithPlainTextMessages()
    {
        // Politeness per host is the fetcher's (one request at a time per host, with a delay), not the queue's batch size,
        // which the report-events queue needs large.
        var host = JsonNode.Parse(File.ReadAllText(Path.Combine(FixtureSite.RepositoryRoot, "host.json")))!;
        var queues = host["extensions"]!["queues"]!;

        Assert.Equal((5, "none"), ((int)queues["maxDequeueCount"]!, (string?)queues["messageEncoding"]));
    }

    [Fact]
    public void LocalRunner_Defaults_NameTheSameCollectionQueueAsTheApp()
    {
        var sample = JsonNode.Parse(File.ReadAllText(Path.Combine(FixtureSite.RepositoryRoot, "functions", "app", "local.settings.sample.json")))!;

        Assert.Equal((string?)sample["Values"]!["CollectionQueue"], LocalRunner.Defaults["CollectionQueue"]);
    }

    [Fact]
    public void OpenApi_CollectRoute_Answers202WithTheRunAndListsTheLogByRun()
    {
        var paths = JsonNode.Parse(OpenApiDocument.Json)!["paths"]!;

        Assert.NotNull(paths["/api/collect"]!["post"]!["responses"]!["202"]);
        Assert.Equal("run", (string?)paths["/api/collection"]!["get"]!["parameters"]![0]!["name"]);
    }
}
