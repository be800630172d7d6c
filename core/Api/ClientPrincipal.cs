using System.Text;
using System.Text.Json;

namespace ReportAudit.Core.Api;

/// <summary>
/// Reads the <c>X-MS-CLIENT-PRINCIPAL</c> header App Service Authentication sets after it validated a sign-in:
/// base64 of <c>{"auth_typ":"aad","claims":[{"typ":…,"val":…}],"name_typ":…,"role_typ":…}</c>. The platform
/// strips the header from client requests, so it is trusted only where that authentication is on
/// (<see cref="ApiCallerSettings.TrustPlatformPrincipal"/>). Pure: never throws, null when unreadable.
/// </summary>
public static class ClientPrincipal
{
    public const string Header = "x-ms-client-principal";

    /// <summary>
    /// Claim types that name the user, after the payload's own <c>name_typ</c> (which v2 tokens often lack): the
    /// sign-in name first, unique in the tenant and what the platform's <c>x-ms-client-principal-name</c> carries;
    /// the display name last.
    /// </summary>
    private static readonly string[] NameClaims =
    [
        "preferred_username",
        "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/upn",
        "upn",
        "email",
        "name",
    ];

    /// <summary>Entra ID puts app roles in <c>roles</c>; the payload's <c>role_typ</c> names the other form.</summary>
    private const string RolesClaim = "roles";

    public static ApiPrincipal? Parse(string? header)
    {
        if (string.IsNullOrWhiteSpace(header) || header.Length > 64 * 1024)
        {
            return null;
        }

        try
        {
            using var json = JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(header.Trim())));
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("claims", out var claims) || claims.ValueKind != JsonValueKind.Array)
            {
                return null;
            }

            var nameType = Text(root, "name_typ");
            var roleType = Text(root, "role_typ");
            var pairs = claims.EnumerateArray()
                .Where(c => c.ValueKind == JsonValueKind.Object)
                .Select(c => (Type: Text(c, "typ"), Value: Text(c, "val")))
                .Where(c => c.Type is not null && !string.IsNullOrWhiteSpace(c.Value))
                .ToList();
            var name = new[] { nameType }.Concat(NameClaims)
                .Where(t => t is not null)
                .Select(t => pairs.FirstOrDefault(p => p.Type == t).Value)
                .FirstOrDefault(v => v is not null);
            if (name is null)
            {
                return null;
            }

            var roles = pairs.Where(p => p.Type == RolesClaim || p.Type == roleType)
                .Select(p => ApiPrincipal.ParseRole(p.Value))
                .OfType<ApiRole>()
                .ToHashSet();
            return new ApiPrincipal(name.Trim(), roles, SignedIn: true);
        }
        catch (FormatException)
        {
            return null;
        }
        catch (JsonException)
        {
            return null;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
