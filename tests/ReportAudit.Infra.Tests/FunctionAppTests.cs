namespace ReportAudit.Infra.Tests;

public sealed class FunctionAppTests
{
    private readonly ArmResource _site = Assert.Single(ArmTemplate.Load().OfType("Microsoft.Web/sites"));

    [Fact]
    public void Site_HttpsOnly_IsTrue()
    {
        Assert.True(_site.Boolean("httpsOnly"));
    }

    [Fact]
    public void Site_MinTlsVersion_Is12()
    {
        Assert.Equal("1.2", _site.Raw("siteConfig.minTlsVersion"));
        Assert.Equal("1.2", _site.Raw("siteConfig.scmMinTlsVersion"));
    }

    [Fact]
    public void Site_Ftps_IsDisabled()
    {
        Assert.Equal("Disabled", _site.Raw("siteConfig.ftpsState"));
    }

    [Fact]
    public void Site_Runtime_IsDotnetIsolated10()
    {
        Assert.Equal("dotnet-isolated", _site.Evaluate("functionAppConfig.runtime.name"));
        Assert.Equal("10.0", _site.Evaluate("functionAppConfig.runtime.version"));
    }

    [Fact]
    public void Site_DeploymentStorage_UsesUserAssignedIdentity()
    {
        Assert.Equal("blobContainer", _site.Raw("functionAppConfig.deployment.storage.type"));
        Assert.Equal("UserAssignedIdentity", _site.Raw("functionAppConfig.deployment.storage.authentication.type"));
    }

    [Fact]
    public void Site_KeyVaultReferences_ResolveWithUserAssignedIdentity()
    {
        Assert.Equal("[parameters('identityResourceId')]", _site.Raw("keyVaultReferenceIdentity"));
        Assert.Equal("UserAssigned", (string?)_site.Node["identity"]?["type"]);
    }

    [Fact]
    public void Site_Tags_IncludeAzdServiceName()
    {
        Assert.Equal("api", ArmTemplate.Evaluate("[parameters('serviceName')]", _site.Scope));
        Assert.Contains("'azd-service-name'", (string?)_site.Node["tags"], StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_Sku_IsFlexConsumption()
    {
        var plan = Assert.Single(ArmTemplate.Load().OfType("Microsoft.Web/serverfarms"));

        Assert.Equal("FC1", (string?)plan.Node["sku"]?["name"]);
        Assert.Equal("FlexConsumption", (string?)plan.Node["sku"]?["tier"]);
        Assert.True(plan.Boolean("reserved"));
    }

    [Theory]
    [InlineData("ftp")]
    [InlineData("scm")]
    public void BasicPublishingCredentials_Policy_IsDisallowed(string policy)
    {
        var policies = ArmTemplate.Load().OfType("Microsoft.Web/sites/basicPublishingCredentialsPolicies");

        var match = Assert.Single(policies, p => p.Name.Contains($"'{policy}'", StringComparison.Ordinal));
        Assert.False(match.Boolean("allow"));
    }
}
