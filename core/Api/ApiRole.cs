namespace ReportAudit.Core.Api;

/// <summary>
/// What a caller may do, as the Entra ID app roles of the same names say (docs/deploy.md). A reviewer may do
/// everything a viewer may.
/// </summary>
public enum ApiRole
{
    /// <summary>查看 viewer: reads reports, findings, summaries, exports.</summary>
    Viewer,

    /// <summary>审核员 reviewer: also confirms and dismisses findings, issues notices, sets the roster, reprocesses and collects.</summary>
    Reviewer,
}
