using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ReportAudit.Core.Api;

namespace ReportAudit.Hosting.Http;

/// <summary>
/// The one bridge between ASP.NET Core (both hosts use it: the Functions app's ASP.NET Core integration and
/// the local runner) and the route table: a request becomes an <see cref="ApiRequest"/>, an
/// <see cref="ApiResult"/> is written as it is. Compiled into both hosts from this one file.
/// </summary>
internal static class HttpApi
{
    /// <summary>Runs a route of the table for a request, after the role check; <paramref name="routeValues"/> as the host bound them.</summary>
    public static Task<ApiResult> RunAsync(ApiRoute route, IServiceProvider services, HttpRequest request, Func<string, string?> routeValues, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(route);
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(request);
        var settings = Settings(services);
        var caller = Caller(settings, request);
        if ((ApiAuthorization.SignInFirst(route, settings, caller) ?? ApiAuthorization.Check(route, caller)) is { } refused)
        {
            return Task.FromResult(refused);
        }

        if (route.StreamsBody && request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            // The handler stops reading at its own limit (the parser's); the server's default must not refuse first.
            limit.MaxRequestBodySize = null;
        }

        var apiRequest = new ApiRequest(
            routeValues,
            name => request.Query[name].FirstOrDefault(),
            request.ContentType,
            request.Body,
            caller.Name,
            request.ContentLength);
        return route.Handle(services, apiRequest, cancellationToken);
    }

    /// <summary>
    /// Who calls: only the validated principal the platform sets where it validates sign-ins, else the host's
    /// configured identity. Never <c>HttpContext.User</c> or the <c>x-ms-client-principal-name</c> header, which a
    /// client could send itself where no platform strips it (the local runner).
    /// </summary>
    public static ApiPrincipal Caller(ApiCallerSettings settings, HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(request);
        return settings.Resolve(request.Headers[ClientPrincipal.Header].FirstOrDefault());
    }

    /// <summary>The host's registration (the local runner registers its own), else the Functions app's from configuration.</summary>
    private static ApiCallerSettings Settings(IServiceProvider services) =>
        services.GetService<ApiCallerSettings>() ?? ApiCallerSettings.ForFunctions(services.GetRequiredService<IConfiguration>());

    /// <summary>Writes the result as it is: status, content type and body (the security headers come from each host's middleware, for every answer).</summary>
    public static async Task WriteAsync(HttpResponse response, ApiResult result)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(result);
        response.StatusCode = result.Status;
        response.ContentType = result.ContentType;
        if (result.Location is { } location)
        {
            response.Headers.Location = location;
        }

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
