namespace ReportAudit.Core.Api;

/// <summary>Who may call a route: anyone (the dashboard's static files) or holders of the function key.</summary>
public enum ApiAccess
{
    /// <summary>No key: the dashboard page and its assets, whose API calls then carry the key.</summary>
    Open,

    /// <summary>The function key (<c>x-functions-key</c> header or <c>code</c> query), as <c>AuthorizationLevel.Function</c>.</summary>
    Key,
}
