namespace ReportAudit.Core.Api;

/// <summary>
/// One HTTP route, declared once: the Functions app's <c>[HttpTrigger]</c> must match it (a test checks), the
/// local runner maps it in a loop and the OpenAPI document is generated from it.
/// </summary>
/// <param name="Name">The Functions class that serves it (<c>[Function(nameof(…))]</c>).</param>
/// <param name="Method">GET, POST or PUT.</param>
/// <param name="Template">The route below <c>/api/</c>, as in <c>[HttpTrigger(Route = …)]</c>.</param>
/// <param name="Summary">Chinese first, English beside it.</param>
/// <param name="Produces">The content type of a 200 answer.</param>
/// <param name="RequestBody">The content type of the request body, or null when there is none.</param>
/// <param name="Success">The status of a successful answer (202 for a route that only queues work).</param>
/// <remarks>
/// <see cref="Role"/>: the role a <see cref="ApiAccess.Key"/> route needs. Reads (GET) need
/// <see cref="ApiRole.Viewer"/>, changes (POST, PUT) <see cref="ApiRole.Reviewer"/>; a read that issues
/// something (the rectification notices) says <see cref="ApiRole.Reviewer"/> itself. Open routes need none.
/// </remarks>
public sealed record ApiRoute(
    string Name,
    string Method,
    string Template,
    ApiAccess Access,
    string Summary,
    string Produces,
    IReadOnlyList<ApiParameter> Parameters,
    ApiHandler Handle,
    string? RequestBody = null,
    int Success = 200)
{
    public string Path => "/api/" + Template;

    public ApiRole Role { get; init; } = Method == "GET" ? ApiRole.Viewer : ApiRole.Reviewer;

    /// <summary>
    /// True when the handler reads the body as a stream (<see cref="ApiRequest.Body"/>) and enforces its own size limit
    /// while reading (the upload route: <c>Parser:MaxInputBytes</c>); the host's general request size limit is lifted for
    /// it, so that a file just under the parser's limit is not cut off by a smaller server default.
    /// </summary>
    public bool StreamsBody { get; init; }
}
