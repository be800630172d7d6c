namespace ReportAudit.Core.Collection;

/// <summary>How the collector fetches (section <c>Collection</c>): politeness, limits and retries.</summary>
public sealed class CollectionOptions
{
    public const string SectionName = "Collection";

    /// <summary>Pause between two requests to the same host (one request at a time per host).</summary>
    public int DelayMs { get; set; } = 2000;

    /// <summary>Time for one request, from sending to the last byte read.</summary>
    public double TimeoutSeconds { get; set; } = 30;

    /// <summary>Reading stops past this many bytes and the URL is recorded as too large.</summary>
    public long MaxBytes { get; set; } = 50L * 1024 * 1024;

    /// <summary>
    /// Sent with every request, naming us and what we do, so that site operators know who visits (ASCII only: HTTP
    /// headers cannot carry Chinese). Deployments add a contact URL or address here.
    /// </summary>
    public string UserAgent { get; set; } = "ReportAuditCollector/1.0 (+government information disclosure annual report audit; one request at a time; robots.txt respected)";

    /// <summary>Redirects followed for one URL before it is given up.</summary>
    public int MaxRedirects { get; set; } = 5;

    /// <summary>Retries of a 5xx or 429 answer (with back-off, honouring Retry-After).</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>A Retry-After longer than this is not waited for: the URL is recorded as an error, to be retried by the queue.</summary>
    public int MaxRetryAfterSeconds { get; set; } = 120;

    /// <summary>Column pages followed through their pagination, at most.</summary>
    public int MaxListPages { get; set; } = 30;

    /// <summary>The product token matched against robots.txt <c>User-agent</c> lines.</summary>
    public string RobotsToken => UserAgent.Split('/', ' ')[0];
}
