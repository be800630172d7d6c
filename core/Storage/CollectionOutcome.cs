namespace ReportAudit.Core.Storage;

/// <summary>How a URL of a collection run ended; the values are stored in the collection log and shown as they are.</summary>
public static class CollectionOutcome
{
    /// <summary>Fetched and dropped into the reports container (the normal trigger checks it).</summary>
    public const string Stored = "stored";

    /// <summary>Fetched, but the same content (by SHA-256) is already stored.</summary>
    public const string Skipped = "skipped";

    /// <summary>A column (list) page was read and its report items queued.</summary>
    public const string Listed = "listed";

    /// <summary>The page is not an annual report of the years asked for, or it only points at its attachments.</summary>
    public const string NotAReport = "not-a-report";

    /// <summary>404 or 410: a dead link.</summary>
    public const string NotFound = "not-found";

    /// <summary>robots.txt disallows the path for our User-Agent.</summary>
    public const string RefusedByRobots = "robots";

    /// <summary>Larger than <c>Collection:MaxBytes</c>; reading stopped there.</summary>
    public const string TooLarge = "too-large";

    /// <summary>No complete answer within <c>Collection:TimeoutSeconds</c>.</summary>
    public const string TimedOut = "timed-out";

    /// <summary>Any other failure: another HTTP status, too many redirects, a refused connection, retries used up.</summary>
    public const string Error = "error";
}
