using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ReportAudit.Core.Serialization;

namespace ReportAudit.Core.Api;

/// <summary>
/// An HTTP answer without ASP.NET types, so that the Functions app and the local runner serve the
/// same routes from the same code and only copy this onto their response.
/// </summary>
public sealed record ApiResult(int Status, string ContentType, byte[] Body)
{
    public static JsonSerializerOptions Json => JsonDefaults.Web;

    /// <summary>When set, the body is written by this as it is produced (large exports) and <see cref="Body"/> is empty.</summary>
    public Func<Stream, CancellationToken, Task>? Writer { get; init; }

    /// <summary>When set, the answer is a download saved under this name (<c>Content-Disposition: attachment</c>).</summary>
    public string? FileName { get; init; }

    /// <summary>When set, the answer is a redirect to this address (<c>Location</c>).</summary>
    public string? Location { get; init; }

    /// <summary>A file to download, whole in memory.</summary>
    public static ApiResult File(string contentType, string fileName, byte[] body) => new(200, contentType, body) { FileName = fileName };

    /// <summary>A file to download, written to the response by <paramref name="writer"/> as it is produced.</summary>
    public static ApiResult Streamed(string contentType, string fileName, Func<Stream, CancellationToken, Task> writer) =>
        new(200, contentType, []) { Writer = writer, FileName = fileName };

    /// <summary>The Content-Disposition header of a download: an ASCII fallback name and the UTF-8 name (RFC 6266).</summary>
    public string? ContentDisposition => FileName is null ? null
        : $"attachment; filename=\"{new string(FileName.Select(c => c is >= ' ' and < (char)127 and not ('"' or '\\') ? c : '_').ToArray())}\"; filename*=UTF-8''{Uri.EscapeDataString(FileName)}";

    public static ApiResult Ok<T>(T value) => new(200, "application/json; charset=utf-8", JsonSerializer.SerializeToUtf8Bytes(value, Json));

    public static ApiResult OkNode(JsonNode node) => new(200, "application/json; charset=utf-8", Encoding.UTF8.GetBytes(node.ToJsonString(Json)));

    public static ApiResult Text(string contentType, string text) => new(200, contentType, Encoding.UTF8.GetBytes(text));

    /// <summary>400 as <c>application/problem+json</c>, naming the parameter at fault.</summary>
    public static ApiResult BadRequest(string parameter, string message) => Problem(400, "参数无效 Invalid parameter", message, parameter);

    public static ApiResult NotFound(string message) => Problem(404, "未找到 Not found", message, null);

    public static ApiResult Problem(int status, string title, string detail, string? parameter)
    {
        var problem = new JsonObject
        {
            ["type"] = $"https://httpstatuses.io/{status}",
            ["title"] = title,
            ["status"] = status,
            ["detail"] = detail,
        };
        if (parameter is not null)
        {
            problem["errors"] = new JsonObject { [parameter] = new JsonArray(detail) };
        }

        return new ApiResult(status, "application/problem+json; charset=utf-8", Encoding.UTF8.GetBytes(problem.ToJsonString(Json)));
    }
}
