using System.Text.Json.Nodes;

namespace ReportAudit.Infra.Tests;

/// <summary>
/// Issue 17.6: App Service Authentication with Entra ID on the Function App (docs/deploy.md). Unsigned requests
/// pass to the app (function keys stay for scripts); the app enforces roles from the validated principal.
/// </summary>
public sealed class AuthSettingsTests
{
    private readonly ArmResource _auth = Assert.Single(
        ArmTemplate.Load().OfType("Microsoft.Web/sites/config"),
        c => c.Name.Contains("'authsettingsV2'", StringComparison.Ordinal));

    [Fact]
    public void AuthSettings_BelongToTheFunctionApp()
    {
        Assert.Equal("[format('{0}/{1}', parameters('name'), 'authsettingsV2')]", _auth.Name);
        Assert.Equal(
            ArmTemplate.Evaluate("[parameters('name')]", Assert.Single(ArmTemplate.Load().OfType("Microsoft.Web/sites")).Scope),
            ArmTemplate.Evaluate("[parameters('name')]", _auth.Scope));
    }

    [Fact]
    public void Platform_IsOnExactlyWhenAnAppRegistrationIsGiven()
    {
        Assert.Equal("[not(empty(parameters('authClientId')))]", _auth.Raw("platform.enabled"));
        Assert.Equal(string.Empty, _auth.Evaluate("identityProviders.azureActiveDirectory.registration.clientId"));
    }

    [Fact]
    public void UnsignedRequests_PassToTheApp_AndSignInGoesToEntraId()
    {
        Assert.False(_auth.Boolean("globalValidation.requireAuthentication"));
        Assert.Equal("AllowAnonymous", _auth.Raw("globalValidation.unauthenticatedClientAction"));
        Assert.Equal("azureactivedirectory", _auth.Raw("globalValidation.redirectToProvider"));
    }

    [Fact]
    public void EntraIdProvider_IsTheAppRegistrationOfTheTenant_OnTheV2Endpoint()
    {
        Assert.True(_auth.Boolean("identityProviders.azureActiveDirectory.enabled"));
        Assert.Equal("[parameters('authClientId')]", _auth.Raw("identityProviders.azureActiveDirectory.registration.clientId"));
        Assert.Equal(
            "[format('{0}{1}/v2.0', environment().authentication.loginEndpoint, parameters('authTenantId'))]",
            _auth.Raw("identityProviders.azureActiveDirectory.registration.openIdIssuer"));
        var audiences = Assert.IsType<JsonArray>(_auth.Property("identityProviders.azureActiveDirectory.validation.allowedAudiences"));
        Assert.Equal(
            ["[parameters('authClientId')]", "[format('api://{0}', parameters('authClientId'))]"],
            audiences.Select(a => (string?)a));
    }

    [Fact]
    public void Sessions_RequireHttps_AndKeepNoTokenStore()
    {
        Assert.True(_auth.Boolean("httpSettings.requireHttps"));
        Assert.Equal("/.auth", _auth.Raw("httpSettings.routes.apiPrefix"));
        Assert.False(_auth.Boolean("login.tokenStore.enabled"));
    }

    [Fact]
    public void ClientSecret_IsNotSet()
    {
        // The sign-in uses ID tokens (no secret to keep); a secret would have to be a slot setting, never inline.
        Assert.Null(_auth.Property("identityProviders.azureActiveDirectory.registration.clientSecretSettingName"));
        Assert.DoesNotContain("secret", _auth.Node.ToJsonString(), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("Api__ScriptIdentity", "script")]
    [InlineData("Api__ScriptRole", "Reviewer")]
    public void ScriptCaller_Setting_IsDeclaredOnceWithItsDefault(string name, string expected)
    {
        var setting = Assert.Single(ArmTemplate.Load().AppSettings(), s => s.Name == name);

        Assert.Equal(expected, setting.Evaluated);
    }
}
