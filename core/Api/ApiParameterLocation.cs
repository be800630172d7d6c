namespace ReportAudit.Core.Api;

/// <summary>Where a route parameter is given (OpenAPI's <c>in</c>).</summary>
public enum ApiParameterLocation
{
    Path,
    Query,
}
