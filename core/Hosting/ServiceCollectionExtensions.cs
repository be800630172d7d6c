using Azure.Core;
using Microsoft.Extensions.Azure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ReportAudit.Core.Api;
using ReportAudit.Core.Exports;
using ReportAudit.Core.Ingestion;
using ReportAudit.Core.Notices;
using ReportAudit.Core.Parsing;
using ReportAudit.Core.Reviews;
using ReportAudit.Core.Tracking;
using ReportAudit.Core.Storage;
using ReportAudit.Core.Storage.Blobs;
using ReportAudit.Core.Storage.Queues;
using ReportAudit.Core.Storage.Tables;
using ReportAudit.Core.Summaries;
using ReportAudit.Core.Validation;

namespace ReportAudit.Core.Hosting;

/// <summary>The one place the core services are registered, for the Functions app and the local runner alike.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>The connection name of the report data storage (<c>ReportStorage</c> connection string, or <c>ReportStorage__serviceUri</c>-style identity settings).</summary>
    public const string StorageConnection = "ReportStorage";

    public static IServiceCollection AddReportAuditCore(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<ParserOptions>().BindConfiguration(ParserOptions.SectionName);
        services.AddOptions<ValidationOptions>().BindConfiguration(ValidationOptions.SectionName);
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.SectionName).Configure(o =>
        {
            // The blob trigger's container comes from the ReportsContainer app setting; keep one source of truth.
            if (configuration["ReportsContainer"] is { Length: > 0 } container)
            {
                o.ReportsContainer = container;
            }

            // Likewise the queue trigger's queue: the ReportEventsQueue app setting.
            if (configuration["ReportEventsQueue"] is { Length: > 0 } queue)
            {
                o.EventsQueue = queue;
            }

            // The queue trigger's queue comes from the CollectionQueue app setting, as the container does.
            if (configuration["CollectionQueue"] is { Length: > 0 } collectionQueue)
            {
                o.CollectionQueue = collectionQueue;
            }
        });
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<StorageOptions>>().Value);

        services.AddAzureClients(clients =>
        {
            var section = configuration.GetSection(StorageConnection);
            clients.AddBlobServiceClient(section);
            clients.AddTableServiceClient(section);
            clients.AddQueueServiceClient(section);
            clients.ConfigureDefaults(o =>
            {
                o.Retry.Mode = RetryMode.Exponential;
                o.Retry.MaxRetries = 5;
                o.Retry.Delay = TimeSpan.FromMilliseconds(200);
                o.Retry.MaxDelay = TimeSpan.FromSeconds(10);
            });
        });

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new ReportParser(sp.GetRequiredService<IOptions<ParserOptions>>().Value));
        services.AddSingleton(sp => ReportValidator.CreateDefault(sp.GetRequiredService<IOptions<ValidationOptions>>().Value));
        services.AddSingleton(sp => new DeadlinePolicy(sp.GetRequiredService<IOptions<ValidationOptions>>().Value));
        services.AddSingleton<ReportQueryService>();
        services.AddSingleton<ReportCommits>();
        services.AddSingleton<CountRepair>();
        services.AddSingleton<FindingReviewService>();
        services.AddSingleton<TrackingService>();
        services.AddSingleton<ITrackingStore, TableTrackingStore>();
        services.AddSingleton<TrackingApi>();
        services.AddSingleton<SummaryService>();
        services.AddSingleton<ReportApi>();
        services.AddSingleton<DigestApi>();
        services.AddOptions<NoticeOptions>().BindConfiguration(NoticeOptions.SectionName);
        services.AddSingleton<NoticeService>();
        services.AddSingleton<NoticeApi>();
        services.AddSingleton<SpreadsheetExports>();
        services.AddSingleton<CellExport>();
        services.AddSingleton<ExportApi>();
        services.AddSingleton<IReportRepository, TableReportRepository>();
        services.AddSingleton<IFindingRepository, TableFindingRepository>();
        services.AddSingleton<IReviewStore, TableReviewStore>();
        services.AddSingleton<TableBodyIndex>();
        services.AddSingleton<IBodyIndex>(sp => sp.GetRequiredService<TableBodyIndex>());
        services.AddSingleton<IPreviousReportLookup>(sp => sp.GetRequiredService<TableBodyIndex>());
        services.AddSingleton<IParsedReportStore, BlobParsedReportStore>();
        services.AddSingleton<IReportFileStore, BlobReportFileStore>();
        services.AddSingleton<IReportEventQueue, StorageReportEventQueue>();
        services.AddSingleton<IRosterStore, BlobRosterStore>();
        services.AddSingleton<TableReportAggregates>();
        services.AddSingleton<IReportAggregates>(sp => sp.GetRequiredService<TableReportAggregates>());
        services.AddSingleton<IReportIngestion, ReportIngestion>();
        services.AddSingleton<ReportMaintenance>();
        services.AddSingleton<BlobProcessor>();
        services.AddSingleton<ReportSweep>();
        services.AddSingleton<ReportEventProcessor>();
        services.AddSingleton<ReportUploads>();
        services.AddSingleton<UploadApi>();
        services.AddSingleton<StorageInitializer>();
        services.AddReportAuditCollection();
        services.AddReportAuditDigest(configuration);
        return services;
    }
}
