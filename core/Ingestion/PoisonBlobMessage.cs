using System.Text.Json;

namespace ReportAudit.Core.Ingestion;

/// <summary>The message the blob trigger puts in <c>webjobs-blobtrigger-poison</c> when it gives up on a blob.</summary>
public sealed record PoisonBlobMessage(string ContainerName, string BlobName, string? ETag)
{
    public const string QueueName = "webjobs-blobtrigger-poison";

    /// <summary>The reason recorded for a blob the host gave up on.</summary>
    public const string FailureReason = "处理多次失败，已放弃（可用 retry 命令或 POST /api/retry 重试） processing failed repeatedly and the host gave up (retry it)";

    public static PoisonBlobMessage Parse(string message)
    {
        using var document = JsonDocument.Parse(message);
        var root = document.RootElement;
        return new PoisonBlobMessage(
            root.TryGetProperty("ContainerName", out var c) ? c.GetString() ?? string.Empty : string.Empty,
            root.TryGetProperty("BlobName", out var b) ? b.GetString() ?? string.Empty : throw new FormatException("The poison message has no BlobName."),
            root.TryGetProperty("ETag", out var e) ? e.GetString() : null);
    }
}
