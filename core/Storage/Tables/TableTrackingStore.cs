using System.Runtime.CompilerServices;
using System.Text.Json;
using Azure.Data.Tables;
using ReportAudit.Core.Model;
using ReportAudit.Core.Tracking;

namespace ReportAudit.Core.Storage.Tables;

/// <summary>
/// Tracked findings in Table Storage: partition = report id, row = escaped finding id (as in <c>Reviews</c>). The state
/// is stored by its name (<see cref="EnumNames"/>), the history as JSON with state names, so a row reads alike in any tool.
/// </summary>
public sealed class TableTrackingStore(TableServiceClient service, StorageOptions options) : ITrackingStore
{
    private readonly TableClient _table = service.GetTableClient(options.TableName(TableKeys.Tracking));

    public async Task<IReadOnlyDictionary<string, TrackedFinding>> GetAsync(string reportId, CancellationToken cancellationToken = default)
    {
        var tracked = new Dictionary<string, TrackedFinding>(StringComparer.Ordinal);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {reportId}");
        await foreach (var e in _table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            var finding = ToFinding(e);
            tracked[finding.FindingId] = finding;
        }

        return tracked;
    }

    public async Task SaveAsync(TrackedFinding finding, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var entity = new TableEntity(finding.ReportId, TableKeys.Escape(finding.FindingId))
        {
            ["FindingId"] = finding.FindingId,
            ["RuleId"] = finding.RuleId,
            ["Body"] = finding.Body,
            ["BodyKey"] = finding.BodyKey,
            ["Region"] = finding.Region,
            ["Year"] = finding.Year,
            ["State"] = EnumNames.Name(finding.State),
            ["ChangedAt"] = finding.ChangedAt,
            ["DueOn"] = finding.DueOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["History"] = JsonSerializer.Serialize(finding.History.Select(h => new StoredChange(EnumNames.Name(h.State), h.By, h.At, h.Note)).ToList()),
        };
        await _table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    public async IAsyncEnumerable<TrackedFinding> ChangedAsync(FindingState state, DateTimeOffset from, DateTimeOffset to, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var filter = TableClient.CreateQueryFilter($"State eq {EnumNames.Name(state)} and ChangedAt ge {from} and ChangedAt lt {to}");
        await foreach (var e in _table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            yield return ToFinding(e);
        }
    }

    private static TrackedFinding ToFinding(TableEntity e)
    {
        var history = e.GetString("History") is { Length: > 0 } json ? JsonSerializer.Deserialize<List<StoredChange>>(json) ?? [] : [];
        return new TrackedFinding(
            e.PartitionKey,
            e.GetString("FindingId") ?? e.RowKey,
            e.GetString("RuleId") ?? string.Empty,
            e.GetString("Body"),
            e.GetString("BodyKey") ?? string.Empty,
            e.GetString("Region") ?? string.Empty,
            e.GetInt32("Year"),
            EnumNames.Parse(e.GetString("State"), FindingState.Open),
            DateOnly.TryParseExact(e.GetString("DueOn"), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var due) ? due : null,
            history.Select(h => new FindingStateChange(EnumNames.Parse(h.State, FindingState.Open), h.By, h.At, h.Note)).ToList());
    }

    private sealed record StoredChange(string State, string By, DateTimeOffset At, string? Note);
}
