using ReportAudit.Core.Storage;

namespace ReportAudit.Core.Digest;

/// <summary>Everything one recipient's digest says, for one ISO week and a set of regions; composed by <see cref="DigestComposer"/>.</summary>
public sealed record DigestData
{
    public required IsoWeek Week { get; init; }

    /// <summary>The regions covered; empty: all.</summary>
    public IReadOnlyList<string> Regions { get; init; } = [];

    /// <summary>The date the digest is made on (in the digest time zone), for the days left to the deadline.</summary>
    public required DateOnly Today { get; init; }

    /// <summary>Reports processed in the week (every upload handled, whatever the outcome).</summary>
    public int Received { get; init; }

    /// <summary>Of those, the ones checked to a verdict (not left failed by storage or host errors).</summary>
    public int Processed { get; init; }

    public VerdictCounts ThisWeek { get; init; } = VerdictCounts.Empty;

    public VerdictCounts LastWeek { get; init; } = VerdictCounts.Empty;

    /// <summary>The week's failed reports (the first <see cref="DigestOptions.MaxFailedReports"/>), most errors first.</summary>
    public IReadOnlyList<DigestReportEntry> FailedReports { get; init; } = [];

    /// <summary>The week's reports published late or on an impossible date.</summary>
    public IReadOnlyList<DigestReportEntry> DateProblems { get; init; } = [];

    public int ReportingYear => ReportingCalendar.ReportingYear(Today);

    /// <summary>Bodies of the roster (in the regions) expected to report.</summary>
    public int RosterSize { get; init; }

    /// <summary>How many of them have no report for <see cref="ReportingYear"/> yet.</summary>
    public int MissingCount { get; init; }

    /// <summary>The first of them, nearest deadline first, each with its own deadline.</summary>
    public IReadOnlyList<MissingBody> MissingBodies { get; init; } = [];

    public IReadOnlyList<DigestRuleCount> TopRules { get; init; } = [];

    /// <summary>Findings corrected in the week: a later version of the report no longer raises them.</summary>
    public IReadOnlyList<DigestCorrection> Corrected { get; init; } = [];

    public Uri? Dashboard { get; init; }
}
