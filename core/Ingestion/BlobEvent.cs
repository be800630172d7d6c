using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ReportAudit.Core.Ingestion;

/// <summary>
/// A storage event for one blob, as Event Grid writes it into the <c>report-events</c> queue in Azure (Event Grid
/// or CloudEvents schema, one event per message, plain or Base64 text), and as the local runner writes it
/// for uploads and for the sweep: one message shape, one queue-triggered function, in both places.
/// </summary>
public sealed record BlobEvent(BlobEventKind Kind, string Container, string Name, string? ETag)
{
    public const string CreatedType = "Microsoft.Storage.BlobCreated";
    public const string DeletedType = "Microsoft.Storage.BlobDeleted";

    private const string SubjectPrefix = "/blobServices/default/containers/";

    /// <summary>The message the local runner enqueues, in the Event Grid schema.</summary>
    public string ToMessage() => new JsonObject
    {
        ["id"] = Guid.NewGuid().ToString(),
        ["eventType"] = Kind == BlobEventKind.Created ? CreatedType : DeletedType,
        ["subject"] = $"{SubjectPrefix}{Container}/blobs/{Name}",
        ["eventTime"] = DateTimeOffset.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        ["data"] = new JsonObject { ["eTag"] = ETag },
        ["dataVersion"] = string.Empty,
        ["metadataVersion"] = "1",
    }.ToJsonString();

    /// <summary>Reads a queue message; on failure says why (a message that is not a blob event is not retried).</summary>
    public static BlobEvent? Parse(string? message, out string? error)
    {
        error = null;
        var json = Decode(message);
        if (json is null)
        {
            error = "消息不是 JSON（也不是 Base64 编码的 JSON）; the message is not JSON (nor Base64-encoded JSON)";
            return null;
        }

        try
        {
            var node = JsonNode.Parse(json);
            var evt = node is JsonArray { Count: 1 } array ? array[0] : node;
            var type = (string?)evt?["eventType"] ?? (string?)evt?["type"];
            var subject = ((string?)evt?["subject"])?.TrimStart('/');
            var kind = type switch
            {
                CreatedType => BlobEventKind.Created,
                DeletedType => BlobEventKind.Deleted,
                _ => (BlobEventKind?)null,
            };
            if (kind is null)
            {
                error = $"事件类型“{type}”不是 BlobCreated 或 BlobDeleted; event type '{type}' is not BlobCreated or BlobDeleted";
                return null;
            }

            // blobServices/default/containers/{container}/blobs/{name}: the name may itself hold "/blobs/".
            var prefix = SubjectPrefix.TrimStart('/');
            var blobsAt = subject?.IndexOf("/blobs/", prefix.Length, StringComparison.Ordinal) ?? -1;
            if (subject is null || !subject.StartsWith(prefix, StringComparison.Ordinal) || blobsAt < 0 || blobsAt + 7 >= subject.Length)
            {
                error = $"事件主题“{subject}”不是一个 blob; event subject '{subject}' does not name a blob";
                return null;
            }

            return new BlobEvent(kind.Value, subject[prefix.Length..blobsAt], subject[(blobsAt + 7)..], (string?)evt?["data"]?["eTag"]);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            error = $"事件无法读取：{e.Message}; the event cannot be read: {e.Message}";
            return null;
        }
    }

    private static string? Decode(string? message)
    {
        var text = message?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (text[0] is '{' or '[')
        {
            return text;
        }

        var buffer = new byte[text.Length];
        return Convert.TryFromBase64String(text, buffer, out var written) && Encoding.UTF8.GetString(buffer, 0, written).TrimStart() is ['{' or '[', ..] decoded
            ? decoded
            : null;
    }
}
