using Microsoft.AspNetCore.Builder;
using Microsoft.Azure.WebJobs;
using Microsoft.Extensions.Azure;
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

    /// <summary>Storage retries of the runner's clients: 0.5, 1, 2, 4, 8 s, then 10 s each, about 95 s in all.</summary>
    public const int OutageRetries = 13;

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

        // Storage that goes away for a while (Azurite restarted, the network down) is waited for, not failed on: the
        // WebJobs queue listener ends the process on a storage error it does not expect (a refused connection), and
        // nothing restarts the runner as the Functions platform restarts a host. Retries (0.5 s doubling
        // up to 10 s, about 95 s) ride out a restart; the triggers' messages then wait instead of being counted as failed tries.
        builder.Services.AddAzureClients(clients => clients.ConfigureDefaults(o =>
        {
            o.Retry.Mode = Azure.Core.RetryMode.Exponential;
            o.Retry.MaxRetries = OutageRetries;
            o.Retry.Delay = TimeSpan.FromMilliseconds(500);
            o.Retry.MaxDelay = TimeSpan.FromSeconds(10);
        }));

        // Locally every caller with the key is one configured identity and role; principal headers are ignored.
        builder.Services.AddSingleton(ApiCallerSettings.ForLocal(builder.Configuration));
        // Registered before the WebJobs host, so stopped after it: see FunctionDrain.
        builder.Services.AddSingleton<ReportAudit.Local.Jobs.RunningFunctions>();
        builder.Services.AddHostedService<ReportAudit.Local.Jobs.FunctionDrain>();
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
