namespace ReportAudit.Core.Storage;

/// <summary>What <see cref="ReportCommits.UpdateAsync"/> did.</summary>
public enum ReportCommitOutcome
{
    /// <summary>The change was saved and the aggregates moved.</summary>
    Saved,

    /// <summary>The change left the row as it was; nothing was written.</summary>
    Unchanged,

    /// <summary>Other writers won every attempt; nothing was written.</summary>
    GaveUp,
}
