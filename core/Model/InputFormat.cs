namespace ReportAudit.Core.Model;

/// <summary>The kind of file a report came in, detected from its content.</summary>
public enum InputFormat
{
    Unknown = 0,
    Text,
    Html,
    Docx,
    Pdf,
}
