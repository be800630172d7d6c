using Azure;
using Azure.Data.Tables;
using ReportAudit.Core.Storage;

namespace ReportAudit.Core.Storage.Tables;

/// <summary>Subscriptions in Table Storage: one partition (<c>subscription</c>), row = escaped lower-case address, regions comma-separated.</summary>
public sealed class TableSubscriptionStore(TableServiceClient service, StorageOptions options) : ISubscriptionStore
{
    public const string Partition = "subscription";

    private readonly TableClient _table = service.GetTableClient(options.TableName(TableKeys.Subscriptions));

    public async Task<IReadOnlyList<DigestSubscription>> ListAsync(CancellationToken cancellationToken = default)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition}");
        var result = new List<DigestSubscription>();
        await foreach (var e in _table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            var regions = (e.GetString("Regions") ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            result.Add(new DigestSubscription(e.GetString("Address") ?? e.RowKey, regions));
        }

        return result;
    }

    public async Task UpsertAsync(DigestSubscription subscription, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        var entity = new TableEntity(Partition, RowKey(subscription.Address))
        {
            ["Address"] = subscription.Address.Trim(),
            ["Regions"] = string.Join(',', subscription.Regions),
        };
        await _table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    public async Task DeleteAsync(string address, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(address);
        await _table.DeleteEntityAsync(Partition, RowKey(address), ETag.All, cancellationToken).ConfigureAwait(false);
    }

    public static string RowKey(string address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return TableKeys.Escape(address.Trim().ToLowerInvariant());
    }
}
