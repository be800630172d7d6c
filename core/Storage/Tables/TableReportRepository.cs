using System.Runtime.CompilerServices;
using Azure;
using Azure.Data.Tables;

namespace ReportAudit.Core.Storage.Tables;

/// <summary>
/// Reports in Table Storage: partition = <see cref="TableKeys.ReportPartition"/> (a shard of the id), row = report id;
/// saved with ETags (optimistic concurrency). Rows of the old layout (partition = id, row = "report") are still read, and
/// are moved to their new keys when a point read or a full listing meets them, so a table written before the change
/// needs no migration step.
/// </summary>
public sealed class TableReportRepository(TableServiceClient service, StorageOptions options) : IReportRepository
{
    private readonly TableClient _table = service.GetTableClient(options.TableName(TableKeys.Reports));

    /// <summary>
    /// Set once a full listing of this process met no old-layout row: a point read that misses then needs no second
    /// read (the sweep lists every row at start and then regularly, and old rows are never written again).
    /// </summary>
    private volatile bool _noOldRows;

    public async Task<StoredReport?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        var response = await _table.GetEntityIfExistsAsync<TableEntity>(TableKeys.ReportPartition(id), id, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (response.HasValue)
        {
            return ReportEntityMapper.ToReport(response.Value!);
        }

        if (_noOldRows)
        {
            return null;
        }

        var legacy = await _table.GetEntityIfExistsAsync<TableEntity>(id, TableKeys.LegacyReportRow, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (legacy.HasValue)
        {
            return (await MovedAsync(legacy.Value!, cancellationToken).ConfigureAwait(false)).Report;
        }

        // Another reader may have moved the old row between the two reads: it is then under the new keys.
        var moved = await _table.GetEntityIfExistsAsync<TableEntity>(TableKeys.ReportPartition(id), id, cancellationToken: cancellationToken).ConfigureAwait(false);
        return moved.HasValue ? ReportEntityMapper.ToReport(moved.Value!) : null;
    }

    public async Task<StoredReport?> TrySaveAsync(StoredReport report, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        var entity = ReportEntityMapper.ToEntity(report);
        var (saved, etag) = await ETagWrites.TrySaveAsync(_table, entity, report.ETag, cancellationToken).ConfigureAwait(false);
        return saved ? report with { ETag = etag } : null;
    }

    /// <summary>
    /// In key order, read as <see cref="PartitionFilter.HexRanges"/> (for Azurite's sake). Read only: rows of the old layout
    /// are listed as they are (their ETags are not for saving; see <see cref="GetAsync"/>).
    /// </summary>
    public async IAsyncEnumerable<StoredReport> QueryAsync(ReportCriteria criteria, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var entity in RangesAsync(ReportFilter.Build(criteria), cancellationToken).ConfigureAwait(false))
        {
            yield return ReportEntityMapper.ToReport(entity);
        }
    }

    public IAsyncEnumerable<StoredReport> CountsPendingAsync(DateTimeOffset before, CancellationToken cancellationToken = default) =>
        MovingAsync(TableClient.CreateQueryFilter($"CountPendingSince lt {before}"), static () => { }, cancellationToken);

    public async IAsyncEnumerable<StoredReport> ListAllAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var oldRows = 0;
        await foreach (var report in MovingAsync(null, () => oldRows++, cancellationToken).ConfigureAwait(false))
        {
            yield return report;
        }

        _noOldRows |= oldRows == 0;
    }

    /// <summary>
    /// The rows of a listing whose reports are saved afterwards, in key order (<see cref="PartitionFilter.HexRanges"/>):
    /// old-layout rows are moved first, so their ETags hold.
    /// </summary>
    private async IAsyncEnumerable<StoredReport> MovingAsync(string? filter, Action oldRowMet, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var entity in RangesAsync(filter, cancellationToken).ConfigureAwait(false))
        {
            if (!ReportEntityMapper.IsLegacy(entity))
            {
                yield return ReportEntityMapper.ToReport(entity);
            }
            else
            {
                oldRowMet();

                // A shard sorts before the ids it holds ("ab" < "ab12…"), so a row already under its new keys was listed
                // before this old one: only a row this listing moved itself is yielded here.
                var (moved, added) = await MovedAsync(entity, cancellationToken).ConfigureAwait(false);
                if (added && moved is not null)
                {
                    yield return moved;
                }
            }
        }
    }

    /// <summary>
    /// Moves an old-layout row to its new keys: added there unless a row is already there (another mover, or a move that
    /// stopped before its delete), then the old row is deleted. Returns the report as stored under the new keys, and
    /// whether this call added it.
    /// </summary>
    private async Task<(StoredReport? Report, bool Added)> MovedAsync(TableEntity legacy, CancellationToken cancellationToken)
    {
        var added = true;
        var id = legacy.PartitionKey;
        var moved = ReportEntityMapper.ToEntity(ReportEntityMapper.ToReport(legacy));
        try
        {
            await _table.AddEntityAsync(moved, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            // Already moved: the row under the new keys is the newer one.
            added = false;
        }

        try
        {
            await _table.DeleteEntityAsync(id, TableKeys.LegacyReportRow, ETag.All, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // Another mover deleted it first.
        }

        var stored = await _table.GetEntityIfExistsAsync<TableEntity>(moved.PartitionKey, id, cancellationToken: cancellationToken).ConfigureAwait(false);
        return (stored.HasValue ? ReportEntityMapper.ToReport(stored.Value!) : null, added);
    }

    private async IAsyncEnumerable<TableEntity> RangesAsync(string? filter, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var range in PartitionFilter.HexRanges(filter))
        {
            await foreach (var entity in _table.QueryAsync<TableEntity>(range, maxPerPage: 1000, cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                yield return entity;
            }
        }
    }
}
