namespace ReportAudit.Core.Api;

/// <summary>The one role check both hosts make before a route runs (<c>functions/shared/HttpApi.cs</c>).</summary>
public static class ApiAuthorization
{
    /// <summary>Null when the caller may run the route; otherwise the 403 answer naming the role it needs.</summary>
    public static ApiResult? Check(ApiRoute route, ApiPrincipal caller)
    {
        ArgumentNullException.ThrowIfNull(route);
        ArgumentNullException.ThrowIfNull(caller);
        if (route.Access == ApiAccess.Open || caller.Has(route.Role))
        {
            return null;
        }

        var role = route.Role == ApiRole.Reviewer ? "审核员 Reviewer" : "查看 Viewer";
        return ApiResult.Problem(
            403,
            "权限不足 Forbidden",
            $"此操作需要“{role}”角色；{caller.Name} 没有该角色 this needs the {route.Role} role, which {caller.Name} does not hold",
            null);
    }

    /// <summary>Where App Service Authentication signs a user in with Entra ID.</summary>
    public const string SignInPath = "/.auth/login/aad";

    /// <summary>
    /// The dashboard page, where sign-ins are validated and the browser brings none: a redirect to the sign-in,
    /// back to the page afterwards. The platform lets unsigned requests through (function keys stay for
    /// scripts, docs/deploy.md), so the page asks for the sign-in itself. Null otherwise.
    /// </summary>
    public static ApiResult? SignInFirst(ApiRoute route, ApiCallerSettings settings, ApiPrincipal caller)
    {
        ArgumentNullException.ThrowIfNull(route);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(caller);
        if (!settings.TrustPlatformPrincipal || caller.SignedIn || route.Name != "ShowDashboard")
        {
            return null;
        }

        return new ApiResult(302, "text/plain; charset=utf-8", [])
        {
            Location = SignInPath + "?post_login_redirect_uri=" + Uri.EscapeDataString(route.Path),
        };
    }
}
