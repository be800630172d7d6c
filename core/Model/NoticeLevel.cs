namespace ReportAudit.Core.Model;

/// <summary>How much a parse notice matters.</summary>
public enum NoticeLevel
{
    /// <summary>Something the parser did that a reader should know (a near-miss label it accepted).</summary>
    Info = 0,

    /// <summary>Part of the report could not be read as the template wants.</summary>
    Warning,

    /// <summary>The report could not be read at all.</summary>
    Error,
}
