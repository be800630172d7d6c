namespace ReportAudit.Core.Api;

/// <summary>A parameter of a route, as the OpenAPI document describes it.</summary>
/// <param name="Type">The OpenAPI schema type: <c>string</c>, <c>integer</c> or <c>boolean</c>.</param>
public sealed record ApiParameter(string Name, ApiParameterLocation In, string Description, string Type = "string", int? Minimum = null, int? Maximum = null)
{
    /// <summary>A query parameter the route cannot do without (path parameters always are).</summary>
    public bool RequiredInQuery { get; init; }

    public bool Required => In == ApiParameterLocation.Path || RequiredInQuery;

    public static ApiParameter InPath(string name, string description) => new(name, ApiParameterLocation.Path, description);

    public static ApiParameter InQuery(string name, string description, string type = "string") => new(name, ApiParameterLocation.Query, description, type);
}
