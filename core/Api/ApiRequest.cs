namespace ReportAudit.Core.Api;

/// <summary>
/// An HTTP request as a route handler reads it, without ASP.NET types: both hosts make one from their
/// request in the same way (<c>functions/shared/HttpApi.cs</c>).
/// </summary>
public sealed class ApiRequest(
    Func<string, string?> route,
    Func<string, string?> query,
    string? contentType,
    Stream body,
    string reviewer,
    long? contentLength = null)
{
    /// <summary>A value from the route template (<c>{id}</c>), or empty.</summary>
    public string Route(string name) => route(name) ?? string.Empty;

    /// <summary>A query parameter, or null.</summary>
    public Func<string, string?> Query { get; } = query;

    public string? ContentType { get; } = contentType;

    /// <summary>Who acts: the signed-in principal's name where the platform sets it, else <see cref="Anonymous"/>.</summary>
    public string Reviewer { get; } = reviewer;

    public const string Anonymous = "anonymous";

    /// <summary>The request's declared length (<c>Content-Length</c>), or null when it was sent in chunks.</summary>
    public long? ContentLength { get; } = contentLength;

    /// <summary>The body as it arrives, for a route that reads it as a stream (<see cref="ApiRoute.StreamsBody"/>) and limits it itself.</summary>
    public Stream Body { get; } = body;

    public async Task<string> ReadBodyAsync(CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(Body);
        return await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
    }
}
