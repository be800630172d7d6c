namespace ReportAudit.Core.Digest;

/// <summary>The SMTP server the digest is sent through (section <c>Smtp</c>). Defaults are the local test server.</summary>
public sealed class SmtpOptions
{
    public const string SectionName = "Smtp";

    public string Host { get; set; } = "127.0.0.1";

    public int Port { get; set; } = 1025;

    public SmtpSecurity Security { get; set; } = SmtpSecurity.None;

    /// <summary>Login; empty for none.</summary>
    public string? User { get; set; }

    /// <summary>Password (in Azure a Key Vault reference). Never logged.</summary>
    public string? Password { get; set; }

    public string From { get; set; } = "Report audit <audit@example.test>";

    /// <summary>Connect, send and disconnect must each finish within this.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
