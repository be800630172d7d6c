using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using ReportAudit.Core.Api;

namespace ReportAudit.Core.Tests.Api;

/// <summary>The roles the route table asks for, the one check, and who the caller is in each host.</summary>
public sealed class ApiAuthorizationTests
{
    private static readonly ApiPrincipal Viewer = new("lina@audit.example.gov.cn", new HashSet<ApiRole> { ApiRole.Viewer }, true);

    private static readonly ApiPrincipal Reviewer = new("zhangwei@audit.example.gov.cn", new HashSet<ApiRole> { ApiRole.Reviewer }, true);

    private static readonly ApiPrincipal NoRole = new("wangfang@audit.example.gov.cn", new HashSet<ApiRole>(), true);

    /// <summary>Issue 17.6: reviewers confirm, dismiss, issue notices, set the roster and start work; viewers read.</summary>
    public static TheoryData<string, ApiRole> ReviewerRoutes => new()
    {
        { "ReviewFinding", ApiRole.Reviewer },
        { "GetReportNotice", ApiRole.Reviewer },
        { "ExportNotices", ApiRole.Reviewer },
        { "SetRoster", ApiRole.Reviewer },
        { "ReprocessReports", ApiRole.Reviewer },
        { "RetryFailedReports", ApiRole.Reviewer },
        { "RebuildAggregates", ApiRole.Reviewer },
        { "CollectReports", ApiRole.Reviewer },
        { "UploadReport", ApiRole.Reviewer },
        { "GetBodyYears", ApiRole.Viewer },
        { "ListReports", ApiRole.Viewer },
        { "GetReport", ApiRole.Viewer },
        { "GetSummary", ApiRole.Viewer },
        { "GetRoster", ApiRole.Viewer },
        { "ExportFindings", ApiRole.Viewer },
        { "ExportCellsParquet", ApiRole.Viewer },
        { "PreviewDigest", ApiRole.Viewer },
    };

    [Theory]
    [MemberData(nameof(ReviewerRoutes))]
    public void Route_Role_IsAsTheIssueSays(string name, ApiRole role)
    {
        Assert.Equal(role, ApiRoutes.Named(name).Role);
    }

    [Fact]
    public void Routes_EveryChange_NeedsTheReviewer()
    {
        Assert.All(ApiRoutes.All.Where(r => r.Method != "GET"), r => Assert.Equal(ApiRole.Reviewer, r.Role));
    }

    [Fact]
    public void Check_ViewerReviewing_Is403NamingTheRole()
    {
        var refused = ApiAuthorization.Check(ApiRoutes.Named("ReviewFinding"), Viewer);

        Assert.NotNull(refused);
        Assert.Equal(403, refused.Status);
        Assert.StartsWith("application/problem+json", refused.ContentType, StringComparison.Ordinal);
        var detail = (string?)JsonNode.Parse(Encoding.UTF8.GetString(refused.Body))!["detail"];
        Assert.Contains("审核员 Reviewer", detail, StringComparison.Ordinal);
        Assert.Contains("lina@audit.example.gov.cn", detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ReviewFinding", true, false, false)]
    [InlineData("ListReports", true, true, false)]
    [InlineData("ShowDashboard", true, true, true)]
    [InlineData("GetDashboardAsset", true, true, true)]
    public void Check_ByRole_AllowsWhomTheRouteNames(string name, bool reviewer, bool viewer, bool noRole)
    {
        var route = ApiRoutes.Named(name);

        Assert.Equal(
            (reviewer, viewer, noRole),
            (ApiAuthorization.Check(route, Reviewer) is null, ApiAuthorization.Check(route, Viewer) is null, ApiAuthorization.Check(route, NoRole) is null));
    }

    [Fact]
    public void ForLocal_SpoofedPrincipalHeader_IsIgnored()
    {
        var settings = ApiCallerSettings.ForLocal(Configuration(("Api:LocalIdentity", "审核员甲"), ("Api:LocalRole", "Viewer"), ("WEBSITE_AUTH_ENABLED", "True")));

        var caller = settings.Resolve(Base64("""{"claims":[{"typ":"preferred_username","val":"boss@example.test"},{"typ":"roles","val":"Reviewer"}]}"""));

        Assert.Equal(("审核员甲", false, false), (caller.Name, caller.SignedIn, caller.Has(ApiRole.Reviewer)));
    }

    [Fact]
    public void ForLocal_NothingConfigured_IsTheLocalReviewer()
    {
        var caller = ApiCallerSettings.ForLocal(Configuration()).Resolve(null);

        Assert.Equal(("local-reviewer", true), (caller.Name, caller.Has(ApiRole.Reviewer)));
    }

    [Fact]
    public void ForLocal_RoleNotUnderstood_GrantsNothing()
    {
        var caller = ApiCallerSettings.ForLocal(Configuration(("Api:LocalRole", "admin"))).Resolve(null);

        Assert.Empty(caller.Roles);
    }

    [Fact]
    public void ForFunctions_EasyAuthOn_TrustsThePlatformPrincipal()
    {
        var settings = ApiCallerSettings.ForFunctions(Configuration(("WEBSITE_AUTH_ENABLED", "True")));

        var caller = settings.Resolve(Base64(File.ReadAllText(FixtureFiles.Fixture(Path.Combine("auth", "aad-viewer-and-unknown-role.json")))));

        Assert.Equal(("lina@audit.example.gov.cn", true, false), (caller.Name, caller.SignedIn, caller.Has(ApiRole.Reviewer)));
    }

    [Fact]
    public void ForFunctions_EasyAuthOff_PrincipalHeaderIsIgnoredAndTheKeyCallerIsTheScript()
    {
        var settings = ApiCallerSettings.ForFunctions(Configuration(("Api:ScriptRole", "Viewer")));

        var caller = settings.Resolve(Base64(File.ReadAllText(FixtureFiles.Fixture(Path.Combine("auth", "aad-reviewer.json")))));

        Assert.Equal(("script", false, true, false), (caller.Name, caller.SignedIn, caller.Has(ApiRole.Viewer), caller.Has(ApiRole.Reviewer)));
    }

    [Fact]
    public void SignInFirst_DashboardWithoutSignIn_RedirectsToEntraSignIn()
    {
        var settings = ApiCallerSettings.ForFunctions(Configuration(("WEBSITE_AUTH_ENABLED", "true")));

        var redirect = ApiAuthorization.SignInFirst(ApiRoutes.Named("ShowDashboard"), settings, settings.Resolve(null));

        Assert.Equal((302, "/.auth/login/aad?post_login_redirect_uri=%2Fapi%2Fdashboard"), (redirect?.Status, redirect?.Location));
        Assert.Null(ApiAuthorization.SignInFirst(ApiRoutes.Named("ShowDashboard"), settings, Viewer));
        Assert.Null(ApiAuthorization.SignInFirst(ApiRoutes.Named("ListReports"), settings, settings.Resolve(null)));
    }

    [Fact]
    public void SignInFirst_Locally_NeverRedirects()
    {
        var settings = ApiCallerSettings.ForLocal(Configuration());

        Assert.Null(ApiAuthorization.SignInFirst(ApiRoutes.Named("ShowDashboard"), settings, settings.Resolve(null)));
    }

    [Fact]
    public void OpenApi_KeyRoutes_NameTheirRole()
    {
        var paths = JsonNode.Parse(Encoding.UTF8.GetString(OpenApiDocument.Result.Body))!["paths"]!;

        Assert.Equal("Reviewer", (string?)paths["/api/reports/{id}/findings/{findingId}/review"]!["post"]!["x-required-role"]);
        Assert.Equal("Viewer", (string?)paths["/api/reports"]!["get"]!["x-required-role"]);
        Assert.Null(paths["/api/dashboard"]!["get"]!["x-required-role"]);
    }

    private static string Base64(string json) => Convert.ToBase64String(Encoding.UTF8.GetBytes(json));

    private static IConfiguration Configuration(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build();
}
