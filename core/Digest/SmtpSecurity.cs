namespace ReportAudit.Core.Digest;

/// <summary>How the SMTP connection is secured.</summary>
public enum SmtpSecurity
{
    /// <summary>Plain connection (a local test server only).</summary>
    None = 0,

    /// <summary>Plain connection upgraded with STARTTLS, which is required (port 587).</summary>
    StartTls,

    /// <summary>TLS from the first byte (port 465).</summary>
    Tls,
}
