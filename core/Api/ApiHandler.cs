namespace ReportAudit.Core.Api;

/// <summary>What a route does: the core call behind it, with the host's services.</summary>
public delegate Task<ApiResult> ApiHandler(IServiceProvider services, ApiRequest request, CancellationToken cancellationToken);
