namespace ReportAudit.Infra.Tests;

public sealed class EventGridTests
{
    private readonly ArmTemplate _template = ArmTemplate.Load();

    [Fact]
    public void SystemTopic_Source_IsDataStorageAccount_WithItsOwnIdentity()
    {
        var topic = Assert.Single(_template.OfType("Microsoft.EventGrid/systemTopics"));
        var account = (string?)ArmTemplate.ParameterArgument("storageAccountName", topic.Scope);

        Assert.Equal("Microsoft.Storage.StorageAccounts", topic.Raw("topicType"));
        Assert.Equal("SystemAssigned", (string?)topic.Node["identity"]?["type"]);
        Assert.Contains("'Microsoft.Resources/deployments', 'dataStorage')", account, StringComparison.Ordinal);
    }

    [Fact]
    public void Subscription_IncludedEventTypes_AreBlobCreatedAndDeleted()
    {
        var types = Subscription().Property("filter.includedEventTypes")?.AsArray().Select(t => (string?)t);

        Assert.Equal(["Microsoft.Storage.BlobCreated", "Microsoft.Storage.BlobDeleted"], types);
    }

    [Fact]
    public void Subscription_SubjectBeginsWith_IsReportsContainer()
    {
        Assert.Equal("/blobServices/default/containers/reports/", Subscription().Evaluate("filter.subjectBeginsWith"));
    }

    [Fact]
    public void Subscription_Destination_IsTheReportEventsQueue_DeliveredWithTheTopicIdentity()
    {
        var subscription = Subscription();

        Assert.Equal("SystemAssigned", subscription.Raw("deliveryWithResourceIdentity.identity.type"));
        Assert.Equal("StorageQueue", subscription.Raw("deliveryWithResourceIdentity.destination.endpointType"));
        Assert.Equal("report-events", subscription.Evaluate("deliveryWithResourceIdentity.destination.properties.queueName"));
        Assert.Equal("EventGridSchema", subscription.Raw("eventDeliverySchema"));
    }

    [Fact]
    public void Subscription_DeadLetters_ToAContainer()
    {
        var subscription = Subscription();

        Assert.Equal("StorageBlob", subscription.Raw("deadLetterWithResourceIdentity.deadLetterDestination.endpointType"));
        Assert.Equal("report-events-deadletter", subscription.Evaluate("deadLetterWithResourceIdentity.deadLetterDestination.properties.blobContainerName"));
    }

    [Fact]
    public void TopicIdentity_MaySendQueueMessagesAndWriteDeadLetters_AndTheSubscriptionWaitsForIt()
    {
        var topic = Assert.Single(_template.OfType("Microsoft.EventGrid/systemTopics"));
        var roles = _template.OfType("Microsoft.Authorization/roleAssignments")
            .Where(a => a.Module == topic.Module && (a.Raw("principalId") ?? string.Empty).Contains("systemTopics", StringComparison.Ordinal))
            .Select(a => ArmTemplate.InlineVariables(a.Raw("roleDefinitionId") ?? string.Empty, a.Scope))
            .ToList();

        Assert.Contains(roles, r => r.Contains("c6a89b2d-59bc-44d0-9896-0f6e12d7b80a", StringComparison.Ordinal));
        Assert.Contains(roles, r => r.Contains("ba92f5b4-2d11-453d-a403-e96b0029c9fe", StringComparison.Ordinal));
        var waitsFor = Subscription().Node["dependsOn"]!.AsArray().Select(d => (string?)d).ToList();
        Assert.Equal(2, waitsFor.Count(d => d!.StartsWith("[extensionResourceId(", StringComparison.Ordinal) && d.Contains("roleAssignments", StringComparison.Ordinal)));
    }

    private ArmResource Subscription() =>
        Assert.Single(_template.OfType("Microsoft.EventGrid/systemTopics/eventSubscriptions"));
}
