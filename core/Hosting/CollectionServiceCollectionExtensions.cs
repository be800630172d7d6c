using Microsoft.Extensions.DependencyInjection;
using ReportAudit.Core.Api;
using ReportAudit.Core.Collection;
using ReportAudit.Core.Storage;
using ReportAudit.Core.Storage.Blobs;
using ReportAudit.Core.Storage.Queues;
using ReportAudit.Core.Storage.Tables;

namespace ReportAudit.Core.Hosting;

/// <summary>The collection services (options section <c>Collection</c>).</summary>
public static class CollectionServiceCollectionExtensions
{
    public static IServiceCollection AddReportAuditCollection(this IServiceCollection services)
    {
        services.AddOptions<CollectionOptions>().BindConfiguration(CollectionOptions.SectionName)
            .Validate(o => o.DelayMs >= 0 && o.TimeoutSeconds > 0 && o.MaxBytes > 0 && o.MaxRedirects >= 0 && o.MaxRetries >= 0 && o.UserAgent.Length > 0 && o.UserAgent.All(char.IsAscii), "Collection: DelayMs >= 0, TimeoutSeconds > 0, MaxBytes > 0, MaxRedirects >= 0, MaxRetries >= 0, UserAgent set and ASCII")
            .ValidateOnStart();
        services.AddSingleton<PoliteFetcher>();
        services.AddSingleton<ICollectedFileStore, BlobCollectedFileStore>();
        services.AddSingleton<ICollectionLog, TableCollectionLog>();
        services.AddSingleton<ICollectionQueue, StorageCollectionQueue>();
        services.AddSingleton<ReportCollector>();
        services.AddSingleton<CollectionService>();
        services.AddSingleton<CollectionApi>();
        return services;
    }
}
