namespace ReportAudit.Core.Digest;

/// <summary>Sends mail. Throws when the mail was not accepted by the server.</summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default);
}
