using ReportAudit.Core.Api;

namespace ReportAudit.IntegrationTests;

/// <summary>Runs a route of the table as both hosts do, and collects its answer, streamed or not.</summary>
internal static class RouteCall
{
    public static async Task<(ApiResult Result, byte[] Body)> RunAsync(IServiceProvider services, string name, IReadOnlyDictionary<string, string>? query = null, IReadOnlyDictionary<string, string>? route = null)
    {
        var request = new ApiRequest(n => route?.GetValueOrDefault(n), n => query?.GetValueOrDefault(n), null, Stream.Null, ApiRequest.Anonymous);
        var result = await ApiRoutes.Named(name).Handle(services, request, CancellationToken.None);
        if (result.Writer is { } writer)
        {
            using var body = new MemoryStream();
            await writer(body, CancellationToken.None);
            return (result, body.ToArray());
        }

        return (result, result.Body);
    }
}
