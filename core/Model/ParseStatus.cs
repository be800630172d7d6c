namespace ReportAudit.Core.Model;

/// <summary>How much of a report the parser could read. Its names are those of the <see cref="ReportStatus"/> of the same value.</summary>
public enum ParseStatus
{
    /// <summary>All six sections and all three tables were found.</summary>
    Parsed = 0,

    /// <summary>Some of the report was read; the notices say what is missing.</summary>
    Partial,

    /// <summary>Nothing usable could be read; the notices say why.</summary>
    Unparseable,
}
