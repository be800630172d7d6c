namespace ReportAudit.Infra.Tests;

public sealed class RoleAssignmentTests
{
    private readonly List<ArmResource> _assignments =
        [.. ArmTemplate.Load().OfType("Microsoft.Authorization/roleAssignments")];

    [Theory]
    [InlineData("b7e6dc6d-f1e8-4753-8033-0f276bb0955b", "Storage Blob Data Owner")]
    [InlineData("974c5e8b-45b9-4653-ba55-5f855dd0fb88", "Storage Queue Data Contributor")]
    [InlineData("0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3", "Storage Table Data Contributor")]
    [InlineData("3913510d-42f4-4e42-8a64-420c390055eb", "Monitoring Metrics Publisher")]
    [InlineData("4633458b-17de-408a-b874-0445c86b69e6", "Key Vault Secrets User")]
    public void AppIdentity_Role_IsAssignedUnconditionally(string roleId, string role)
    {
        var forApp = _assignments.Where(IsForAppIdentity).ToList();

        Assert.True(
            forApp.Any(a => RoleOf(a).Contains(roleId, StringComparison.OrdinalIgnoreCase) && !a.IsConditional),
            $"No unconditional role assignment of {role} ({roleId}) to the app identity.");
    }

    [Fact]
    public void AppIdentity_PrincipalParameter_IsTheUserAssignedIdentity()
    {
        var assignment = _assignments.First(IsForAppIdentity);

        var passed = (string?)ArmTemplate.ParameterArgument("appPrincipalId", assignment.Scope);

        Assert.NotNull(passed);
        Assert.Contains("'Microsoft.Resources/deployments', 'identity')", passed, StringComparison.Ordinal);
        Assert.EndsWith(".outputs.principalId.value]", passed, StringComparison.Ordinal);
    }

    [Fact]
    public void RoleAssignments_Name_IsGuidOfScopePrincipalRole()
    {
        Assert.NotEmpty(_assignments);
        // The principal is a parameter, or the Event Grid system topic whose identity exists only once it is created.
        Assert.All(_assignments, a => Assert.Matches(@"^\[guid\(resourceId\(.+\), (parameters\('\w+PrincipalId'\)|resourceId\('Microsoft\.EventGrid/systemTopics', parameters\('name'\)\)), variables\('\w+'\)\)\]$", a.Name));
    }

    [Fact]
    public void DeployingUser_DataRoles_AreAssignedWhenPrincipalGiven()
    {
        var forUser = _assignments.Where(a => a.Raw("principalId") == "[parameters('userPrincipalId')]").ToList();

        Assert.All(forUser, a => Assert.True(a.IsConditional));
        Assert.Contains(forUser, a => RoleOf(a).Contains("b7e6dc6d-f1e8-4753-8033-0f276bb0955b", StringComparison.Ordinal));
        Assert.Contains(forUser, a => RoleOf(a).Contains("0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3", StringComparison.Ordinal));
    }

    private static bool IsForAppIdentity(ArmResource assignment) =>
        assignment.Raw("principalId") == "[parameters('appPrincipalId')]"
        && assignment.Raw("principalType") == "ServicePrincipal";

    private static string RoleOf(ArmResource assignment) =>
        ArmTemplate.InlineVariables(assignment.Raw("roleDefinitionId") ?? string.Empty, assignment.Scope);
}
