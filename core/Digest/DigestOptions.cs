namespace ReportAudit.Core.Digest;

/// <summary>The weekly digest (section <c>Digest</c>): who gets it, where its links go, its time zone and retries.</summary>
public sealed class DigestOptions
{
    public const string SectionName = "Digest";

    /// <summary>Addresses that get the digest for every region, separated by <c>;</c> or <c>,</c>.</summary>
    public string Recipients { get; set; } = string.Empty;

    /// <summary>The dashboard the digest links to; report links are <c>{DashboardUrl}#/report/{id}</c> (the dashboard's drill-down).</summary>
    public string? DashboardUrl { get; set; }

    /// <summary>IANA (or Windows) id of the time zone that weeks, dates and the local runner's schedule are read in.</summary>
    public string TimeZone { get; set; } = "Asia/Shanghai";

    /// <summary>Sending attempts per recipient and run before the delivery is recorded as failed.</summary>
    public int MaxAttempts { get; set; } = 4;

    /// <summary>Wait before the second attempt; it doubles for each further attempt.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>A delivery marked as sending longer ago than this is taken to have died with its run and is taken over.</summary>
    public TimeSpan SendingLease { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How many failed reports the digest lists.</summary>
    public int MaxFailedReports { get; set; } = 30;

    /// <summary>How many findings are shown per failed report (the worst first).</summary>
    public int FindingsPerReport { get; set; } = 3;

    /// <summary>How many of the rules that fail most are listed.</summary>
    public int TopRules { get; set; } = 10;

    /// <summary>How many bodies still without a report are listed (the count is always complete).</summary>
    public int MaxMissingBodies { get; set; } = 100;

    public IReadOnlyList<string> RecipientList() =>
        Recipients.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public TimeZoneInfo Zone() => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);

    public Uri? Dashboard() =>
        Uri.TryCreate(DashboardUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) ? uri : null;

    public Uri? ReportLink(string reportId) =>
        Dashboard() is { } dashboard ? new Uri(dashboard.AbsoluteUri.Split('#')[0] + "#/report/" + Uri.EscapeDataString(reportId)) : null;
}
