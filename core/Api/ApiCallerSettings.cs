using Microsoft.Extensions.Configuration;

namespace ReportAudit.Core.Api;

/// <summary>
/// How a host learns who calls. In Azure with App Service Authentication on (the platform then sets
/// <c>WEBSITE_AUTH_ENABLED=True</c> and strips client-sent principal headers) a signed-in caller is the validated
/// <c>X-MS-CLIENT-PRINCIPAL</c>; a caller without a sign-in reached a key route with the function key, so it is
/// a script and acts as <c>Api:ScriptIdentity</c> in <c>Api:ScriptRole</c>. The local runner never trusts a
/// principal header: every caller with the key is <c>Api:LocalIdentity</c> in <c>Api:LocalRole</c>.
/// </summary>
/// <param name="TrustPlatformPrincipal">True only where the platform validates the sign-in and strips client copies of its headers.</param>
/// <param name="Fallback">Who a caller without a validated sign-in is.</param>
public sealed record ApiCallerSettings(bool TrustPlatformPrincipal, ApiPrincipal Fallback)
{
    public const string DefaultScriptIdentity = "script";

    public const string DefaultLocalIdentity = "local-reviewer";

    /// <summary>The Functions app: trusts the platform's principal when App Service Authentication is on.</summary>
    public static ApiCallerSettings ForFunctions(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return new(
            string.Equals(configuration["WEBSITE_AUTH_ENABLED"], "true", StringComparison.OrdinalIgnoreCase),
            Configured(configuration["Api:ScriptIdentity"], configuration["Api:ScriptRole"], DefaultScriptIdentity));
    }

    /// <summary>The local runner: one configured identity and role, whatever headers a client sends.</summary>
    public static ApiCallerSettings ForLocal(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return new(false, Configured(configuration["Api:LocalIdentity"], configuration["Api:LocalRole"], DefaultLocalIdentity));
    }

    /// <summary>Who calls, given the <c>X-MS-CLIENT-PRINCIPAL</c> header as received (null when absent).</summary>
    public ApiPrincipal Resolve(string? clientPrincipalHeader) =>
        TrustPlatformPrincipal && ClientPrincipal.Parse(clientPrincipalHeader) is { } principal ? principal : Fallback;

    /// <summary>The role defaults to reviewer; a role that is set but not understood grants nothing (fail closed).</summary>
    private static ApiPrincipal Configured(string? identity, string? role, string defaultIdentity)
    {
        var roles = string.IsNullOrWhiteSpace(role) ? new HashSet<ApiRole> { ApiRole.Reviewer }
            : ApiPrincipal.ParseRole(role) is { } parsed ? new HashSet<ApiRole> { parsed }
            : [];
        return new ApiPrincipal(string.IsNullOrWhiteSpace(identity) ? defaultIdentity : identity.Trim(), roles, SignedIn: false);
    }
}
