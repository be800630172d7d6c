namespace ReportAudit.Infra.Tests;

public sealed class AppSettingsTests
{
    private readonly IReadOnlyList<AppSetting> _settings = ArmTemplate.Load().AppSettings();

    [Theory]
    [InlineData("listKeys")]
    [InlineData("AccountKey=")]
    [InlineData("DefaultEndpointsProtocol")]
    public void AppSettings_AnyValue_HasNoStorageKeyOrConnectionString(string forbidden)
    {
        Assert.NotEmpty(_settings);

        var offending = _settings
            .Where(s => s.RawText.Contains(forbidden, StringComparison.OrdinalIgnoreCase))
            .Select(s => s.Name);

        Assert.Empty(offending);
    }

    [Theory]
    [InlineData("ReportStorage__blobServiceUri")]
    [InlineData("ReportStorage__queueServiceUri")]
    [InlineData("ReportStorage__tableServiceUri")]
    [InlineData("ReportStorage__credential")]
    [InlineData("ReportStorage__clientId")]
    [InlineData("AzureWebJobsStorage__blobServiceUri")]
    [InlineData("AzureWebJobsStorage__queueServiceUri")]
    [InlineData("AzureWebJobsStorage__tableServiceUri")]
    [InlineData("AzureWebJobsStorage__credential")]
    [InlineData("AzureWebJobsStorage__clientId")]
    [InlineData("ReportsContainer")]
    [InlineData("WeeklyDigestSchedule")]
    [InlineData("Digest__Recipients")]
    [InlineData("Digest__DashboardUrl")]
    [InlineData("Digest__TimeZone")]
    [InlineData("Smtp__Host")]
    [InlineData("Smtp__Port")]
    [InlineData("Smtp__Security")]
    [InlineData("Smtp__User")]
    [InlineData("Smtp__Password")]
    [InlineData("Smtp__From")]
    [InlineData("APPLICATIONINSIGHTS_AUTHENTICATION_STRING")]
    [InlineData("APPLICATIONINSIGHTS_CONNECTION_STRING")]
    public void AppSettings_SettingTheAppReads_IsDeclaredOnce(string name)
    {
        Assert.Single(_settings, s => s.Name == name);
    }

    [Theory]
    [InlineData("AzureWebJobsStorage")]
    [InlineData("FUNCTIONS_WORKER_RUNTIME")]
    [InlineData("FUNCTIONS_EXTENSION_VERSION")]
    [InlineData("ReportStorage")]
    public void AppSettings_KeyBasedOrUnsupportedOnFlexConsumption_IsAbsent(string name)
    {
        Assert.DoesNotContain(_settings, s => s.Name == name);
    }

    [Theory]
    [InlineData("ReportStorage__credential")]
    [InlineData("AzureWebJobsStorage__credential")]
    public void StorageCredential_Value_IsManagedIdentity(string name)
    {
        Assert.Equal("managedidentity", Setting(name).Evaluated);
    }

    [Fact]
    public void SmtpPassword_Value_IsKeyVaultReference()
    {
        var password = Setting("Smtp__Password");
        var secretUri = (string?)ArmTemplate.ParameterArgument("smtpPasswordSecretUri", password.Scope);

        Assert.Equal("[format('@Microsoft.KeyVault(SecretUri={0})', parameters('smtpPasswordSecretUri'))]", password.Text);
        Assert.NotNull(secretUri);
        Assert.Contains("'Microsoft.Resources/deployments', 'keyVault')", secretUri, StringComparison.Ordinal);
        Assert.EndsWith(".outputs.smtpPasswordSecretUri.value]", secretUri, StringComparison.Ordinal);
    }

    [Fact]
    public void AppInsightsAuthentication_Value_UsesEntraIdWithAppIdentity()
    {
        var authentication = Setting("APPLICATIONINSIGHTS_AUTHENTICATION_STRING").RawText;

        Assert.Contains("ClientId={0};Authorization=AAD", authentication, StringComparison.Ordinal);
        Assert.Contains("parameters('identityClientId')", authentication, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ReportsContainer", "reports")]
    [InlineData("ReportEventsQueue", "report-events")]
    [InlineData("Storage__EnqueueOnUpload", "false")]
    [InlineData("WeeklyDigestSchedule", "0 0 0 * * 1")]
    [InlineData("Digest__TimeZone", "Asia/Shanghai")]
    public void Setting_DefaultParameters_HasExpectedValue(string name, string expected)
    {
        Assert.Equal(expected, Setting(name).Evaluated);
    }

    [Fact]
    public void DashboardUrl_Value_PointsAtDashboardRouteOverHttps()
    {
        Assert.Contains("https://{0}/api/dashboard", Setting("Digest__DashboardUrl").RawText, StringComparison.Ordinal);
    }

    private AppSetting Setting(string name) => Assert.Single(_settings, s => s.Name == name);
}
