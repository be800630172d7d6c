using ReportAudit.Core.Storage;

namespace ReportAudit.Core.Collection;

/// <summary>The answer to one fetch: the bytes on success, else the outcome and why.</summary>
/// <param name="Outcome"><c>null</c> on success, else one of <see cref="CollectionOutcome"/>.</param>
/// <param name="FinalUrl">The URL after redirects (and after an https → http fallback).</param>
/// <param name="Status">The last HTTP status, when there was an answer.</param>
/// <param name="ContentType">The <c>Content-Type</c> header.</param>
/// <param name="Content">The body (empty unless successful).</param>
/// <param name="Detail">Why it failed, in words.</param>
public sealed record FetchResult(CollectionOutcome? Outcome, Uri FinalUrl, int? Status, string? ContentType, ReadOnlyMemory<byte> Content, string Detail)
{
    public bool Succeeded => Outcome is null;

    public static FetchResult Fail(CollectionOutcome outcome, Uri url, int? status, string detail) => new(outcome, url, status, null, ReadOnlyMemory<byte>.Empty, detail);
}
