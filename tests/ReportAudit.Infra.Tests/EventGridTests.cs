namespace ReportAudit.Infra.Tests;

public sealed class EventGridTests
{
    private readonly ArmTemplate _template = ArmTemplate.Load();

    [Fact]
    public void SystemTopic_Source_IsDataStorageAccount()
    {
        var topic = Assert.Single(_template.OfType("Microsoft.EventGrid/systemTopics"));
        var source = (string?)ArmTemplate.ParameterArgument("storageAccountResourceId", topic.Scope);

        Assert.Equal("Microsoft.Storage.StorageAccounts", topic.Raw("topicType"));
        Assert.Contains("'Microsoft.Resources/deployments', 'dataStorage')", source, StringComparison.Ordinal);
    }

    [Fact]
    public void Subscription_IncludedEventTypes_AreBlobCreatedOnly()
    {
        var types = Subscription().Property("filter.includedEventTypes")?.AsArray().Select(t => (string?)t);

        Assert.Equal(["Microsoft.Storage.BlobCreated"], types);
    }

    [Fact]
    public void Subscription_SubjectBeginsWith_IsReportsContainer()
    {
        Assert.Equal("/blobServices/default/containers/reports/", Subscription().Evaluate("filter.subjectBeginsWith"));
    }

    [Fact]
    public void Subscription_Destination_IsBlobExtensionWebhookForProcessUploadedReport()
    {
        var subscription = Subscription();
        var url = subscription.Raw("destination.properties.endpointUrl");

        Assert.Equal("WebHook", subscription.Raw("destination.endpointType"));
        Assert.Contains("/runtime/webhooks/blobs?functionName=Host.Functions.{1}&code={2}", url, StringComparison.Ordinal);
        Assert.Equal("ProcessUploadedReport", ArmTemplate.Evaluate("[parameters('functionName')]", subscription.Scope));
    }

    [Fact]
    public void Subscription_Deployment_WaitsForPostdeployHook()
    {
        var module = Assert.Single(
            _template.OfType("Microsoft.Resources/deployments"), d => (string?)d.Node["name"] == "blobEvents");

        Assert.Equal("[parameters('blobEventSubscriptionEnabled')]", (string?)module.Node["condition"]);
    }

    private ArmResource Subscription() =>
        Assert.Single(_template.OfType("Microsoft.EventGrid/systemTopics/eventSubscriptions"));
}
