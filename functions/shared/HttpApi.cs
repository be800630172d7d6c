using Microsoft.AspNetCore.Http;
using ReportAudit.Core.Api;

namespace ReportAudit.Hosting.Http;

/// <summary>
/// The one bridge between ASP.NET Core (both hosts use it: the Functions app's ASP.NET Core integration and
/// the local runner) and the route table: a request becomes an <see cref="ApiRequest"/>, an
/// <see cref="ApiResult"/> is written as it is. Compiled into both hosts from this one file.
/// </summary>
internal static class HttpApi
{
    /// <summary>The header App Service Authentication sets from the validated sign-in (clients cannot set it there).</summary>
    public const string PrincipalHeader = "x-ms-client-principal-name";

    /// <summary>Runs a route of the table for a request; <paramref name="routeValues"/> as the host bound them.</summary>
    public static Task<ApiResult> RunAsync(ApiRoute route, IServiceProvider services, HttpRequest request, Func<string, string?> routeValues, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(route);
        ArgumentNullException.ThrowIfNull(request);
        var apiRequest = new ApiRequest(
            routeValues,
            name => request.Query[name].FirstOrDefault(),
            request.ContentType,
            request.Body,
            Reviewer(request));
        return route.Handle(services, apiRequest, cancellationToken);
    }

    /// <summary>Who acts: the validated principal's name when the platform gives one, else anonymous.</summary>
    public static string Reviewer(HttpRequest request) =>
        request.HttpContext.User.Identity is { IsAuthenticated: true, Name: { Length: > 0 } user } ? user
        : request.Headers[PrincipalHeader].FirstOrDefault() is { Length: > 0 } name ? name
        : ApiRequest.Anonymous;

    /// <summary>Writes the result as it is: status, content type and body (the security headers come from each host's middleware, for every answer).</summary>
    public static async Task WriteAsync(HttpResponse response, ApiResult result)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(result);
        response.StatusCode = result.Status;
        response.ContentType = result.ContentType;
        if (result.ContentDisposition is { } disposition)
        {
            response.Headers.ContentDisposition = disposition;
        }

        if (result.Writer is { } writer)
        {
            await writer(response.Body, response.HttpContext.RequestAborted).ConfigureAwait(false);
            return;
        }

        await response.Body.WriteAsync(result.Body).ConfigureAwait(false);
    }
}
