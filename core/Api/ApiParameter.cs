namespace ReportAudit.Core.Api;

/// <summary>A parameter of a route, as the OpenAPI document describes it.</summary>
/// <param name="Type">The OpenAPI schema type: <c>string</c>, <c>integer</c> or <c>boolean</c>.</param>
public sealed record ApiParameter(string Name, ApiParameterLocation In, string Description, string Type = "string", int? Minimum = null, int? Maximum = null)
{
    /// <summary>A query parameter the route cannot do without (path parameters always are).</summary>
    public bool RequiredInQuery { get; init; }

    public bool Required => In == ApiParameterLocation.Path || RequiredInQuery;

    /// <summary>The only values the parameter takes (an OpenAPI <c>enum</c>), or null for any.</summary>
    public IReadOnlyList<string>? Values { get; init; }

    public static ApiParameter InPath(string name, string description) => new(name, ApiParameterLocation.Path, description);

    public static ApiParameter InQuery(string name, string description, string type = "string") => new(name, ApiParameterLocation.Query, description, type);

    /// <summary>A query parameter that takes one of these names (a domain enum's names), described by them.</summary>
    public static ApiParameter OneOf(string name, IReadOnlyList<string> values) =>
        new(name, ApiParameterLocation.Query, string.Join(" | ", values)) { Values = values };
}
