namespace ReportAudit.Core.Validation;

/// <summary>How much a finding matters.</summary>
public enum Severity
{
    /// <summary>Form or quality: worth knowing, nothing to correct.</summary>
    Notice = 0,

    /// <summary>Probably wrong: a person should look.</summary>
    Warning = 1,

    /// <summary>The report is wrong and must be corrected.</summary>
    Error = 2,
}
