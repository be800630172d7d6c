using ReportAudit.Core.Model;

namespace ReportAudit.Core.Parsing;

/// <summary>
/// What the host knows about one upload besides its bytes: the body the uploader named (it wins over anything
/// the file says), and when the file was received (a page date after that is not the publication date).
/// </summary>
/// <param name="Body">The body named by the uploader, or null.</param>
/// <param name="BodySource">Where the uploader named it (<see cref="Model.BodySource.Uploader"/> or <see cref="Model.BodySource.UploadPath"/>).</param>
/// <param name="ReceivedAt">When the file was received (the blob's creation or last-modified time; now for a local check), or null when unknown.</param>
public sealed record ParseHints(string? Body = null, BodySource BodySource = BodySource.Uploader, DateTimeOffset? ReceivedAt = null)
{
    public static ParseHints None { get; } = new();

    /// <summary>Hints that only say when the file was received.</summary>
    public static ParseHints ReceivedOn(DateTimeOffset receivedAt) => new(ReceivedAt: receivedAt);
}
