namespace ReportAudit.Core.Api;

/// <summary>Who calls and in which roles: from the platform's validated sign-in, or the host's configured identity.</summary>
/// <param name="Name">Recorded as the reviewer of a finding.</param>
/// <param name="Roles">The app roles granted; none when the signed-in user was given no role.</param>
/// <param name="SignedIn">True when the platform validated a sign-in; false for the configured identity.</param>
public sealed record ApiPrincipal(string Name, IReadOnlySet<ApiRole> Roles, bool SignedIn)
{
    /// <summary>True when the caller holds the role, a reviewer counting as a viewer too.</summary>
    public bool Has(ApiRole role) => Roles.Contains(role) || (role == ApiRole.Viewer && Roles.Contains(ApiRole.Reviewer));

    /// <summary>An app role's value as Entra ID sends it (<c>Reviewer</c>, <c>Viewer</c>) or its Chinese name; null for anything else.</summary>
    public static ApiRole? ParseRole(string? value) => value?.Trim() switch
    {
        { } v when v.Equals("Reviewer", StringComparison.OrdinalIgnoreCase) || v == "审核员" => ApiRole.Reviewer,
        { } v when v.Equals("Viewer", StringComparison.OrdinalIgnoreCase) || v == "查看" => ApiRole.Viewer,
        _ => null,
    };
}
