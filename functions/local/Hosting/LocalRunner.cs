using Microsoft.AspNetCore.Builder;
using Microsoft.Azure.WebJobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ReportAudit.Core.Api;
using ReportAudit.Core.Hosting;

namespace ReportAudit.Local.Hosting;

/// <summary>
/// Builds the local runner: the same core services as the Functions app, the queue trigger on the
/// WebJobs SDK, the scheduled jobs, and the HTTP routes on 127.0.0.1, in one process.
/// </summary>
public static class LocalRunner
{
    /// <summary>Settings the runner falls back to: Azurite on this machine.</summary>
    public static readonly IReadOnlyDictionary<string, string?> Defaults = new Dictionary<string, string?>
    {
        ["ReportStorage"] = "UseDevelopmentStorage=true",
        ["AzureWebJobsStorage"] = "UseDevelopmentStorage=true",
        ["ReportsContainer"] = "reports",
        ["ReportEventsQueue"] = "report-events",
        ["CollectionQueue"] = "collection",
        ["Urls"] = "http://127.0.0.1:7071",
        ["WeeklyDigestSchedule"] = "0 0 8 * * 1",
        ["Digest:TimeZone"] = "Asia/Shanghai",
        ["Digest:Recipients"] = "supervisor@example.test",
        ["Digest:DashboardUrl"] = "http://127.0.0.1:7071/",
        ["Logging:LogLevel:Default"] = "Information",
        ["Logging:LogLevel:Microsoft"] = "Warning",
        ["Logging:LogLevel:Azure"] = "Warning",
        ["Logging:LogLevel:Azure.Core"] = "Error",
        ["Logging:LogLevel:Host"] = "Warning",
        ["Logging:LogLevel:Function"] = "Warning",
    };

    public static WebApplication Build(string[] args, IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.Sources.Insert(0, new Microsoft.Extensions.Configuration.Memory.MemoryConfigurationSource { InitialData = Defaults });
        if (overrides is not null)
        {
            builder.Configuration.AddInMemoryCollection(overrides);
        }

        builder.Logging.AddSimpleConsole(o =>
        {
            o.SingleLine = true;
            o.TimestampFormat = "HH:mm:ss ";
        });

        builder.Services.AddReportAuditCore(builder.Configuration);

        // Locally every caller with the key is one configured identity and role; principal headers are ignored.
        builder.Services.AddSingleton(ApiCallerSettings.ForLocal(builder.Configuration));
        builder.Services.AddHostedService<ReportAudit.Local.Jobs.DigestScheduler>();
        builder.Services.AddHostedService<ReportAudit.Local.Jobs.SweepScheduler>();
        builder.Host.ConfigureWebJobs(webJobs =>
        {
            webJobs.AddAzureStorageQueues(o =>
            {
                // As host.json in Azure: plain-text messages, 16 at a time, poison after 5 tries.
                o.MessageEncoding = Azure.Storage.Queues.QueueMessageEncoding.None;
                o.BatchSize = 16;
                o.MaxDequeueCount = 5;
                o.MaxPollingInterval = TimeSpan.FromMilliseconds(500);
                o.VisibilityTimeout = TimeSpan.FromSeconds(30);
            });
        });

        var app = builder.Build();
        LocalRoutes.Map(app);
        return app;
    }
}
