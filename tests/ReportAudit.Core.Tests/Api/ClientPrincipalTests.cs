using System.Text;
using ReportAudit.Core.Api;

namespace ReportAudit.Core.Tests.Api;

/// <summary>The X-MS-CLIENT-PRINCIPAL header as App Service Authentication sets it (Fixtures/auth).</summary>
public sealed class ClientPrincipalTests
{
    [Fact]
    public void Parse_EntraReviewer_IsTheSignInNameWithTheReviewerRole()
    {
        var principal = ClientPrincipal.Parse(Header("aad-reviewer.json"));

        Assert.NotNull(principal);
        Assert.Equal("zhangwei@audit.example.gov.cn", principal.Name);
        Assert.Equal([ApiRole.Reviewer], principal.Roles);
        Assert.True(principal.SignedIn);
        Assert.True(principal.Has(ApiRole.Viewer));
    }

    [Fact]
    public void Parse_ViewerUnderRoleTyp_KeepsViewerAndDropsTheUnknownRole()
    {
        var principal = ClientPrincipal.Parse(Header("aad-viewer-and-unknown-role.json"));

        Assert.NotNull(principal);
        Assert.Equal("lina@audit.example.gov.cn", principal.Name);
        Assert.Equal([ApiRole.Viewer], principal.Roles);
        Assert.False(principal.Has(ApiRole.Reviewer));
    }

    [Fact]
    public void Parse_UserWithoutAppRole_HasNoRole()
    {
        var principal = ClientPrincipal.Parse(Header("aad-no-role.json"));

        Assert.NotNull(principal);
        Assert.Equal("wangfang@audit.example.gov.cn", principal.Name);
        Assert.Empty(principal.Roles);
        Assert.False(principal.Has(ApiRole.Viewer));
    }

    [Fact]
    public void Parse_NameTypClaimPresent_IsPreferred()
    {
        var json = """{"auth_typ":"aad","claims":[{"typ":"name","val":"张伟"},{"typ":"http://schemas.xmlsoap.org/ws/2005/05/identity/claims/upn","val":"zw@example.gov.cn"},{"typ":"roles","val":"审核员"}],"name_typ":"http://schemas.xmlsoap.org/ws/2005/05/identity/claims/upn","role_typ":"roles"}""";

        var principal = ClientPrincipal.Parse(Convert.ToBase64String(Encoding.UTF8.GetBytes(json)));

        Assert.Equal(("zw@example.gov.cn", true), (principal?.Name, principal?.Has(ApiRole.Reviewer)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("zhangwei@audit.example.gov.cn")]
    [InlineData("bm90IGpzb24=")]
    [InlineData("W10=")]
    [InlineData("eyJjbGFpbXMiOlt7InR5cCI6InJvbGVzIiwidmFsIjoiUmV2aWV3ZXIifV19")]
    [InlineData("eyJjbGFpbXMiOiJub3QgYW4gYXJyYXkifQ==")]
    public void Parse_NotAPrincipal_IsNull(string? header)
    {
        // Plain name, "not json", "[]", roles but no name, claims not an array.
        Assert.Null(ClientPrincipal.Parse(header));
    }

    private static string Header(string fixture) =>
        Convert.ToBase64String(File.ReadAllBytes(FixtureFiles.Fixture(Path.Combine("auth", fixture))));
}
