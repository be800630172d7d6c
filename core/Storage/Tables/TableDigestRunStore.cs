using ReportAudit.Core.Model;
using Azure.Data.Tables;
using ReportAudit.Core.Storage;

namespace ReportAudit.Core.Storage.Tables;

/// <summary>Digest runs in Table Storage: partition = ISO week (<c>2026-W47</c>), row = escaped lower-case address; saved with ETags.</summary>
public sealed class TableDigestRunStore(TableServiceClient service, StorageOptions options) : IDigestRunStore
{
    private readonly TableClient _table = service.GetTableClient(options.TableName(TableKeys.DigestRuns));

    public async Task<DigestRun?> GetAsync(IsoWeek week, string address, CancellationToken cancellationToken = default)
    {
        var response = await _table.GetEntityIfExistsAsync<TableEntity>(week.ToString(), TableSubscriptionStore.RowKey(address), cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue ? ToRun(response.Value!, week) : null;
    }

    public async Task<IReadOnlyList<DigestRun>> ListAsync(IsoWeek week, CancellationToken cancellationToken = default)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {week.ToString()}");
        var result = new List<DigestRun>();
        await foreach (var e in _table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            result.Add(ToRun(e, week));
        }

        return result;
    }

    public async Task<DigestRun?> TrySaveAsync(DigestRun run, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        var entity = new TableEntity(run.Week.ToString(), TableSubscriptionStore.RowKey(run.Address))
        {
            ["Address"] = run.Address,
            ["Status"] = EnumNames.Name(run.Status),
            ["Attempts"] = run.Attempts,
            ["LastError"] = run.LastError,
            ["SentAt"] = run.SentAt,
            ["UpdatedAt"] = run.UpdatedAt,
        };
        var (saved, etag) = await ETagWrites.TrySaveAsync(_table, entity, run.ETag, cancellationToken).ConfigureAwait(false);
        return saved ? run with { ETag = etag } : null;
    }

    private static DigestRun ToRun(TableEntity e, IsoWeek week) => new()
    {
        Week = week,
        Address = e.GetString("Address") ?? e.RowKey,
        Status = EnumNames.Parse(e.GetString("Status"), DigestRunStatus.Failed),
        Attempts = e.GetInt32("Attempts") ?? 0,
        LastError = e.GetString("LastError"),
        SentAt = e.GetDateTimeOffset("SentAt"),
        UpdatedAt = e.GetDateTimeOffset("UpdatedAt") ?? DateTimeOffset.MinValue,
        ETag = e.ETag.ToString(),
    };
}
