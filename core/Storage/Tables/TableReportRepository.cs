using System.Runtime.CompilerServices;
using System.Text.Json;
using Azure.Data.Tables;

namespace ReportAudit.Core.Storage.Tables;

/// <summary>Reports in Table Storage: partition = report id, row = "report"; saved with ETags (optimistic concurrency).</summary>
public sealed class TableReportRepository(TableServiceClient service, StorageOptions options) : IReportRepository
{
    private readonly TableClient _table = service.GetTableClient(options.TableName(TableKeys.Reports));

    public async Task<StoredReport?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        var response = await _table.GetEntityIfExistsAsync<TableEntity>(id, TableKeys.ReportRow, cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue ? ReportEntityMapper.ToReport(response.Value!) : null;
    }

    public async Task<StoredReport?> TrySaveAsync(StoredReport report, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        var entity = ReportEntityMapper.ToEntity(report);
        var (saved, etag) = await ETagWrites.TrySaveAsync(_table, entity, report.ETag, cancellationToken).ConfigureAwait(false);
        return saved ? report with { ETag = etag } : null;
    }

    public async IAsyncEnumerable<StoredReport> QueryAsync(ReportCriteria criteria, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var filter = ReportFilter.Build(criteria);
        await foreach (var entity in _table.QueryAsync<TableEntity>(filter, maxPerPage: 1000, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            yield return ReportEntityMapper.ToReport(entity);
        }
    }

    public async IAsyncEnumerable<StoredReport> CountsPendingAsync(DateTimeOffset before, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var filter = TableClient.CreateQueryFilter($"RowKey eq {TableKeys.ReportRow} and CountPendingSince lt {before}");
        await foreach (var entity in _table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            yield return ReportEntityMapper.ToReport(entity);
        }
    }

    public async IAsyncEnumerable<StoredReport> ListAllAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var filter = TableClient.CreateQueryFilter($"RowKey eq {TableKeys.ReportRow}");
        await foreach (var entity in _table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            yield return ReportEntityMapper.ToReport(entity);
        }
    }
}
