namespace ReportAudit.Infra.Tests;

public sealed class KeyVaultAndMonitoringTests
{
    private readonly ArmTemplate _template = ArmTemplate.Load();

    [Fact]
    public void KeyVault_Authorization_IsRbacWithPurgeProtection()
    {
        var vault = Assert.Single(_template.OfType("Microsoft.KeyVault/vaults"));

        Assert.True(vault.Boolean("enableRbacAuthorization"));
        Assert.True(vault.Boolean("enablePurgeProtection"));
        Assert.True(vault.Boolean("enableSoftDelete"));
    }

    [Fact]
    public void SmtpPasswordSecret_Value_ComesFromSecureParameter()
    {
        var secret = Assert.Single(_template.OfType("Microsoft.KeyVault/vaults/secrets"));
        var parameterType = (string?)secret.Scope.Template["parameters"]?["smtpPassword"]?["type"];

        Assert.Equal("[parameters('smtpPassword')]", secret.Raw("value"));
        Assert.Equal("securestring", parameterType);
    }

    [Fact]
    public void ApplicationInsights_LocalAuth_IsDisabled()
    {
        var insights = Assert.Single(_template.OfType("Microsoft.Insights/components"));

        Assert.True(insights.Boolean("DisableLocalAuth"));
        Assert.NotNull(insights.Raw("WorkspaceResourceId"));
    }
}
