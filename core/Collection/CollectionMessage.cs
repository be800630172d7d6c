using System.Text.Json;
using ReportAudit.Core.Serialization;

namespace ReportAudit.Core.Collection;

/// <summary>
/// One unit of collection work, one per queue message: a column (<c>list</c>: read its pages, queue its report
/// items), an article or file (<c>article</c>: fetch it and its attachments, store them) or a URL of unknown kind
/// (<c>auto</c>, from a CSV: an article when it is a report, else read as a column).
/// </summary>
public sealed record CollectionMessage(string Run, string Kind, string Url, string Region, string? Body, IReadOnlyList<int> Years, string? Title = null)
{
    public const string List = "list";
    public const string Article = "article";
    public const string Auto = "auto";

    public string ToJson() => JsonSerializer.Serialize(this, JsonDefaults.Web);

    /// <summary>The message, or null when it is not one (a poison message is then dropped with a log line by the caller).</summary>
    public static CollectionMessage? Parse(string? json)
    {
        try
        {
            var message = string.IsNullOrWhiteSpace(json) ? null : JsonSerializer.Deserialize<CollectionMessage>(json, JsonDefaults.Web);
            return message is { Run.Length: > 0, Url.Length: > 0 } && Uri.TryCreate(message.Url, UriKind.Absolute, out _) ? message : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
