namespace ReportAudit.Core.Validation;

/// <summary>A report's overall result.</summary>
public enum Verdict
{
    /// <summary>No error and no warning.</summary>
    Passed = 0,

    /// <summary>Warnings but no error.</summary>
    Warnings,

    /// <summary>At least one error.</summary>
    Failed,

    /// <summary>The file could not be read as a report.</summary>
    Unparseable,
}
