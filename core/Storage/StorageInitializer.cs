using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using ReportAudit.Core.Storage.Tables;

namespace ReportAudit.Core.Storage;

/// <summary>Creates the containers, tables and the events queue if they do not exist (Bicep creates them in Azure; this covers local runs).</summary>
public sealed class StorageInitializer(BlobServiceClient blobs, TableServiceClient tables, QueueServiceClient queues, StorageOptions options)
{
    public async Task EnsureAsync(CancellationToken cancellationToken = default)
    {
        foreach (var container in new[] { options.ReportsContainer, options.ParsedContainer, options.RostersContainer })
        {
            await blobs.GetBlobContainerClient(container).CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        foreach (var table in TableKeys.All)
        {
            await tables.CreateTableIfNotExistsAsync(options.TableName(table), cancellationToken).ConfigureAwait(false);
        }

        await queues.GetQueueClient(options.EventsQueue).CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
    }
}
