using System.Text.Json;
using Azure.Data.Tables;
using ReportAudit.Core.Validation;

namespace ReportAudit.Core.Storage.Tables;

/// <summary>
/// Each body's reports by year: partition = normalised body key, row = year. The previous year's
/// figures are one point query (partition and row key), whatever the number of reports.
/// </summary>
public sealed class TableBodyIndex(TableServiceClient service, StorageOptions options) : IBodyIndex
{
    private readonly TableClient _table = service.GetTableClient(options.TableName(TableKeys.BodyIndex));

    public async Task<PreviousYearFigures?> FindAsync(string bodyKey, int year, CancellationToken cancellationToken = default)
    {
        if (bodyKey.Length == 0)
        {
            return null;
        }

        var response = await _table.GetEntityIfExistsAsync<TableEntity>(TableKeys.Escape(bodyKey), TableKeys.Year(year), cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue ? ToEntry(response.Value!).Figures : null;
    }

    public async Task<bool> ExistsAsync(string bodyKey, int year, CancellationToken cancellationToken = default)
    {
        if (bodyKey.Length == 0)
        {
            return false;
        }

        var response = await _table.GetEntityIfExistsAsync<TableEntity>(TableKeys.Escape(bodyKey), TableKeys.Year(year), select: ["RowKey"], cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue;
    }

    public async Task UpsertAsync(BodyYearEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var entity = new TableEntity(TableKeys.Escape(entry.BodyKey), TableKeys.Year(entry.Year))
        {
            ["BodyKey"] = entry.BodyKey,
            ["Year"] = entry.Year,
            ["ReportId"] = entry.ReportId,
            ["Body"] = entry.Body,
            ["Region"] = entry.Region,
            ["Verdict"] = entry.Verdict,
            ["Figures"] = entry.Figures is null ? null : JsonSerializer.Serialize(entry.Figures),
            ["KeyFigures"] = JsonSerializer.Serialize(entry.KeyFigures),
        };
        await _table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<BodyYearEntry>> GetBodyAsync(string bodyKey, CancellationToken cancellationToken = default)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {TableKeys.Escape(bodyKey)}");
        var entries = new List<BodyYearEntry>();
        await foreach (var entity in _table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            entries.Add(ToEntry(entity));
        }

        return entries.OrderBy(e => e.Year).ToList();
    }

    private static BodyYearEntry ToEntry(TableEntity e) => new(
        e.GetString("BodyKey") ?? string.Empty,
        e.GetInt32("Year") ?? 0,
        e.GetString("ReportId") ?? string.Empty,
        e.GetString("Body"),
        e.GetString("Region") ?? string.Empty,
        e.GetString("Verdict") ?? string.Empty,
        e.GetString("Figures") is { Length: > 0 } f ? JsonSerializer.Deserialize<PreviousYearFigures>(f) : null,
        e.GetString("KeyFigures") is { Length: > 0 } k ? JsonSerializer.Deserialize<KeyFigures>(k) ?? KeyFigures.Empty : KeyFigures.Empty);
}
