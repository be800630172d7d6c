using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using ReportAudit.Core.Ingestion;
using ReportAudit.Core.Storage;
using ReportAudit.Functions.Functions;

namespace ReportAudit.IntegrationTests;

/// <summary>
/// The Functions app's classes (as in <see cref="FunctionClassesTests"/>) with App Service Authentication on
/// (<c>WEBSITE_AUTH_ENABLED=True</c>): the role comes from the platform's X-MS-CLIENT-PRINCIPAL, a caller without
/// one is the function key's script identity, and the name header alone is never believed.
/// </summary>
[Trait("Category", "Integration")]
public sealed class FunctionRolesTests : IAsyncLifetime
{
    private readonly StorageTestEnvironment _env = new(new Dictionary<string, string?>
    {
        ["WEBSITE_AUTH_ENABLED"] = "True",
        ["Api:ScriptIdentity"] = "nightly-reprocess",
        ["Api:ScriptRole"] = "Viewer",
    });

    private string _reportId = string.Empty;

    public async Task InitializeAsync()
    {
        await _env.InitializeAsync();
        await using var content = File.OpenRead(StorageTestEnvironment.Sample("003"));
        _reportId = (await _env.Get<IReportIngestion>().IngestAsync("hebei/003.txt", content, null)).Report.Id;
    }

    public Task DisposeAsync() => _env.DisposeAsync();

    [Fact]
    public async Task ReviewFinding_SignedInViewer_Is403()
    {
        var finding = await FirstFindingAsync();

        var (status, text) = await ReviewAsync(finding, Principal("lina@audit.example.gov.cn", "Viewer"), null);

        Assert.Equal(403, status);
        Assert.Contains("Reviewer", text, StringComparison.Ordinal);
        Assert.Empty(await _env.Get<IReviewStore>().GetAsync(_reportId));
    }

    [Fact]
    public async Task ReviewFinding_SignedInReviewer_IsRecordedUnderTheSignInName()
    {
        var finding = await FirstFindingAsync();

        var (status, _) = await ReviewAsync(finding, Principal("zhangwei@audit.example.gov.cn", "Reviewer"), "boss@example.test");

        Assert.Equal(200, status);
        Assert.Equal("zhangwei@audit.example.gov.cn", (await _env.Get<IReviewStore>().GetAsync(_reportId))[finding].Reviewer);
    }

    [Fact]
    public async Task ReviewFinding_KeyCallerWithOnlyANameHeader_IsTheScriptIdentityInItsRole()
    {
        var finding = await FirstFindingAsync();

        var (status, text) = await ReviewAsync(finding, null, "boss@example.test");

        Assert.Equal(403, status);
        Assert.Contains("nightly-reprocess", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShowDashboard_WithoutSignIn_RedirectsToEntraSignIn()
    {
        var http = Context(null, null);
        var result = await ActivatorUtilities.CreateInstance<ShowDashboard>(_env.Services).Run(http.Request, CancellationToken.None);
        await result.ExecuteResultAsync(new ActionContext(http, new RouteData(), new ActionDescriptor()));

        Assert.Equal(302, http.Response.StatusCode);
        Assert.Equal("/.auth/login/aad?post_login_redirect_uri=%2Fapi%2Fdashboard", http.Response.Headers.Location.ToString());
    }

    private async Task<(int Status, string Text)> ReviewAsync(string finding, string? principal, string? principalName)
    {
        var http = Context(principal, principalName);
        http.Request.Method = "POST";
        http.Request.ContentType = "application/json";
        http.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes("{\"decision\":\"confirmed\"}"));
        var result = await ActivatorUtilities.CreateInstance<ReviewFinding>(_env.Services).Run(http.Request, _reportId, finding, CancellationToken.None);
        await result.ExecuteResultAsync(new ActionContext(http, new RouteData(), new ActionDescriptor()));
        return (http.Response.StatusCode, Encoding.UTF8.GetString(((MemoryStream)http.Response.Body).ToArray()));
    }

    private DefaultHttpContext Context(string? principal, string? principalName)
    {
        var http = new DefaultHttpContext { RequestServices = _env.Services };
        http.Response.Body = new MemoryStream();
        if (principal is not null)
        {
            http.Request.Headers["X-MS-CLIENT-PRINCIPAL"] = principal;
        }

        if (principalName is not null)
        {
            http.Request.Headers["X-MS-CLIENT-PRINCIPAL-NAME"] = principalName;
        }

        return http;
    }

    private async Task<string> FirstFindingAsync()
    {
        var (result, body) = await RouteCall.RunAsync(_env.Services, "GetReport", route: new Dictionary<string, string> { ["id"] = _reportId });
        Assert.Equal(200, result.Status);
        var detail = System.Text.Json.Nodes.JsonNode.Parse(body)!;
        return detail["findings"]!.AsArray().Select(f => (string)f!["id"]!).First();
    }

    /// <summary>The header as App Service Authentication sets it for an Entra ID sign-in with one app role.</summary>
    private static string Principal(string user, string role) => Convert.ToBase64String(Encoding.UTF8.GetBytes(
        $$"""{"auth_typ":"aad","claims":[{"typ":"aud","val":"6f1c2b9e-4d3a-4b8e-9a61-2f7c5d0e8a13"},{"typ":"name","val":"审核人"},{"typ":"preferred_username","val":"{{user}}"},{"typ":"roles","val":"{{role}}"},{"typ":"ver","val":"2.0"}],"name_typ":"http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress","role_typ":"http://schemas.microsoft.com/ws/2008/06/identity/claims/role"}"""));
}
