using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MimeKit;
using ReportAudit.Core.Digest;
using ReportAudit.Core.Storage;
using ReportAudit.Core.Storage.Tables;

// In the hosting namespace, beside AddReportAuditCore, which calls it.
namespace ReportAudit.Core.Hosting;

/// <summary>Registers the weekly digest: options, stores, the SMTP sender and the job.</summary>
public static class DigestServiceCollectionExtensions
{
    public static IServiceCollection AddReportAuditDigest(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<DigestOptions>().BindConfiguration(DigestOptions.SectionName)
            .Validate(o => IsTimeZone(o.TimeZone), "Digest:TimeZone is not a known time zone id (e.g. Asia/Shanghai).")
            .Validate(o => o.RecipientList().All(a => MailboxAddress.TryParse(a, out _)), "Digest:Recipients holds an address that is not valid.")
            .Validate(o => string.IsNullOrWhiteSpace(o.DashboardUrl) || o.Dashboard() is not null, "Digest:DashboardUrl must be an absolute http(s) URL.")
            .Validate(o => o.MaxAttempts >= 1 && o.RetryDelay >= TimeSpan.Zero && o.SendingLease > TimeSpan.Zero, "Digest:MaxAttempts must be at least 1 and Digest:RetryDelay not negative.")
            .ValidateOnStart();
        services.AddOptions<SmtpOptions>().BindConfiguration(SmtpOptions.SectionName)
            .Validate(o => !string.IsNullOrWhiteSpace(o.Host) && o.Port is > 0 and < 65536, "Smtp:Host must be set and Smtp:Port be 1–65535.")
            .Validate(o => MailboxAddress.TryParse(o.From, out _), "Smtp:From is not a valid address.")
            .Validate(o => o.Timeout > TimeSpan.Zero, "Smtp:Timeout must be positive.")
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ISubscriptionStore, TableSubscriptionStore>();
        services.AddSingleton<IDigestRunStore, TableDigestRunStore>();
        services.AddSingleton<IEmailSender, SmtpEmailSender>();
        services.AddSingleton<DigestDataSource>();
        services.AddSingleton<WeeklyDigestJob>();
        return services;
    }

    private static bool IsTimeZone(string id) => TimeZoneInfo.TryFindSystemTimeZoneById(id, out _);
}
