namespace ReportAudit.Core.Storage;

/// <summary>One week's digest for one recipient: a row of <c>DigestRuns</c> (partition = week, row = escaped address).</summary>
public sealed record DigestRun
{
    public required IsoWeek Week { get; init; }

    public required string Address { get; init; }

    /// <summary>See <see cref="DigestRunStatus"/>.</summary>
    public required DigestRunStatus Status { get; init; }

    /// <summary>Sending attempts over all runs.</summary>
    public int Attempts { get; init; }

    public string? LastError { get; init; }

    public DateTimeOffset? SentAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>The storage version, for optimistic concurrency; null for a run not stored yet.</summary>
    public string? ETag { get; init; }
}
