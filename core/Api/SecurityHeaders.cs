namespace ReportAudit.Core.Api;

/// <summary>
/// The headers every HTTP answer carries, in both hosts. The dashboard loads only its own script and
/// styles (no CDN, no inline script), so the policy can be strict; inline styles stay allowed because
/// the digest preview is an e-mail's HTML, which styles itself inline.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static readonly IReadOnlyList<KeyValuePair<string, string>> All =
    [
        new("Content-Security-Policy", ContentSecurityPolicy),
        new("X-Content-Type-Options", "nosniff"),
        new("X-Frame-Options", "DENY"),
        new("Referrer-Policy", "no-referrer"),
    ];

    /// <summary>Sets the headers on a response's header collection (ASP.NET Core's, or any other by its setter).</summary>
    public static void Apply(Action<string, string> set)
    {
        ArgumentNullException.ThrowIfNull(set);
        foreach (var (name, value) in All)
        {
            set(name, value);
        }
    }
}
