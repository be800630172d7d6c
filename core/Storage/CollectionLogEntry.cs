namespace ReportAudit.Core.Storage;

/// <summary>What happened to one URL of a collection run.</summary>
/// <param name="Run">The run id.</param>
/// <param name="Url">The URL as found (before redirects).</param>
/// <param name="Kind"><c>list</c>, <c>article</c> or <c>attachment</c>.</param>
/// <param name="Outcome">One of <see cref="CollectionOutcome"/>.</param>
/// <param name="Detail">Why, in words (Chinese first, English beside it).</param>
/// <param name="At">When the outcome was recorded.</param>
public sealed record CollectionLogEntry(
    string Run,
    string Url,
    string Kind,
    CollectionOutcome Outcome,
    string Detail,
    DateTimeOffset At)
{
    public string? Region { get; init; }

    public string? Body { get; init; }

    /// <summary>The title the column or the page gives, when there is one.</summary>
    public string? Title { get; init; }

    /// <summary>The URL the content came from after redirects, when it differs.</summary>
    public string? FinalUrl { get; init; }

    public int? HttpStatus { get; init; }

    /// <summary>The blob the content is stored in (for <c>skipped</c>: the blob that already holds it).</summary>
    public string? BlobPath { get; init; }

    public string? Sha256 { get; init; }
}
