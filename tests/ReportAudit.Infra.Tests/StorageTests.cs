namespace ReportAudit.Infra.Tests;

public sealed class StorageTests
{
    private readonly ArmTemplate _template = ArmTemplate.Load();

    [Fact]
    public void StorageAccounts_Declared_DataAndHostAccounts()
    {
        var modules = _template.OfType("Microsoft.Storage/storageAccounts").Select(a => a.Module).Order();

        Assert.Equal(["dataStorage", "hostStorage"], modules);
    }

    [Fact]
    public void StorageAccounts_SharedKeyAccess_IsDisabled()
    {
        Assert.All(Accounts(), a => Assert.False(a.Boolean("allowSharedKeyAccess") ?? true, "allowSharedKeyAccess"));
    }

    [Fact]
    public void StorageAccounts_MinimumTlsVersion_IsTls12()
    {
        Assert.All(Accounts(), a => Assert.Equal("TLS1_2", a.Raw("minimumTlsVersion")));
    }

    [Fact]
    public void StorageAccounts_BlobPublicAccess_IsDisabled()
    {
        Assert.All(Accounts(), a => Assert.False(a.Boolean("allowBlobPublicAccess") ?? true, "allowBlobPublicAccess"));
    }

    [Fact]
    public void StorageAccounts_HttpsTrafficOnly_IsRequired()
    {
        Assert.All(Accounts(), a => Assert.True(a.Boolean("supportsHttpsTrafficOnly"), "supportsHttpsTrafficOnly"));
    }

    [Fact]
    public void DataStorage_Containers_AreReportsParsedRostersAndTheEventsDeadLetter()
    {
        Assert.Equal(["reports", "parsed", "rosters", "report-events-deadletter"], ModuleList("dataStorage", "containers"));
    }

    [Fact]
    public void DataStorage_Queues_AreTheReportEventsAndCollectionQueuesWithTheirPoisonQueues()
    {
        Assert.Equal(["report-events", "report-events-poison", "collection", "collection-poison"], ModuleList("dataStorage", "queues"));
    }

    [Fact]
    public void DataStorage_Tables_AreTheOnesTheAppUses()
    {
        string[] expected = ["Reports", "Findings", "BodyIndex", "Aggregates", "Reviews", "DigestRuns", "Subscriptions", "CollectionLog", "Tracking"];

        Assert.Equal(expected, ModuleList("dataStorage", "tables"));
    }

    [Fact]
    public void DataStorage_QueueService_IsDeclared()
    {
        Assert.Contains(_template.OfType("Microsoft.Storage/storageAccounts/queueServices"), q => q.Module == "dataStorage");
    }

    [Fact]
    public void HostStorage_Containers_IncludeFlexDeploymentContainer()
    {
        var containers = ModuleList("hostStorage", "containers");

        Assert.Single(containers);
        Assert.Equal("[variables('deploymentContainerName')]", containers[0]);
    }

    private IEnumerable<ArmResource> Accounts()
    {
        var accounts = _template.OfType("Microsoft.Storage/storageAccounts").ToList();
        Assert.NotEmpty(accounts);
        return accounts;
    }

    /// <summary>A string-array parameter passed to a module, each item evaluated when it can be.</summary>
    private string[] ModuleList(string module, string parameter)
    {
        var deployment = Assert.Single(
            _template.OfType("Microsoft.Resources/deployments"), d => (string?)d.Node["name"] == module);
        var items = deployment.Property($"parameters.{parameter}.value")?.AsArray()
            ?? throw new InvalidOperationException($"Module '{module}' gets no '{parameter}' array.");

        return [.. items.Select(i => ArmTemplate.Evaluate((string?)i, deployment.Scope) ?? (string?)i ?? string.Empty)];
    }
}
