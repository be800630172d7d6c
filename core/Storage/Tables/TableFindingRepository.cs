using System.Globalization;
using System.Runtime.CompilerServices;
using Azure;
using Azure.Data.Tables;
using ReportAudit.Core.Model;
using ReportAudit.Core.Validation;

namespace ReportAudit.Core.Storage.Tables;

/// <summary>
/// Findings in Table Storage: partition = report id, row = <see cref="TableKeys.FindingRow"/> (report id and escaped
/// finding id). A report's rows of the earlier layout (row = escaped finding id) are read, and deleted by its next
/// replacement. Replacing them runs in
/// entity-group transactions of at most 100 operations (one transaction, so atomic, for up to 100).
/// Reviews live in their own table, so reprocessing a report keeps its supervisors' decisions.
/// </summary>
public sealed class TableFindingRepository(TableServiceClient service, StorageOptions options, IReviewStore reviewStore) : IFindingRepository
{
    private const int MaxBatch = 100;

    /// <summary>Distinct texts kept once during an export scan.</summary>
    private const int PooledTexts = 100_000;

    /// <summary>The properties the findings exports write (no English message, no source cells).</summary>
    private static readonly string[] ExportColumns = ["PartitionKey", "RowKey", "Rule", "Severity", "Section", "Row", "Column", "Expected", "Actual", "MessageZh"];

    private readonly TableClient _findings = service.GetTableClient(options.TableName(TableKeys.Findings));

    public async Task ReplaceAsync(string reportId, IReadOnlyList<Finding> findings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var wanted = findings.GroupBy(f => TableKeys.FindingRow(reportId, TableKeys.Escape(f.Id))).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var stale = new List<string>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {reportId}");
        await foreach (var existing in _findings.QueryAsync<TableEntity>(filter, select: ["RowKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (!wanted.ContainsKey(existing.RowKey))
            {
                stale.Add(existing.RowKey);
            }
        }

        var actions = wanted.Select(w => new TableTransactionAction(TableTransactionActionType.UpsertReplace, ToEntity(reportId, w.Key, w.Value)))
            .Concat(stale.Select(rowKey => new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(reportId, rowKey), ETag.All)))
            .ToList();
        for (var i = 0; i < actions.Count; i += MaxBatch)
        {
            await _findings.SubmitTransactionAsync(actions.Skip(i).Take(MaxBatch), cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<IReadOnlyList<StoredFinding>> GetAsync(string reportId, CancellationToken cancellationToken = default)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {reportId}");
        var reviews = await reviewStore.GetAsync(reportId, cancellationToken).ConfigureAwait(false);
        var result = new List<StoredFinding>();
        await foreach (var entity in _findings.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            result.Add(new StoredFinding(ToFinding(entity), reviews.GetValueOrDefault(TableKeys.FindingIdOf(reportId, entity.RowKey))));
        }

        return result;
    }

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<StoredFinding>>> GetManyAsync(IReadOnlyList<string> reportIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reportIds);
        var reviews = await reviewStore.GetManyAsync(reportIds, cancellationToken).ConfigureAwait(false);
        var result = new Dictionary<string, List<StoredFinding>>(StringComparer.Ordinal);
        foreach (var filter in PartitionFilter.Chunks(reportIds))
        {
            await foreach (var entity in _findings.QueryAsync<TableEntity>(filter, maxPerPage: 1000, cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                if (!result.TryGetValue(entity.PartitionKey, out var ofReport))
                {
                    ofReport = result[entity.PartitionKey] = [];
                }

                ofReport.Add(new StoredFinding(ToFinding(entity), reviews.GetValueOrDefault(entity.PartitionKey)?.GetValueOrDefault(TableKeys.FindingIdOf(entity.PartitionKey, entity.RowKey))));
            }
        }

        return result.ToDictionary(r => r.Key, r => (IReadOnlyList<StoredFinding>)r.Value, StringComparer.Ordinal);
    }

    public async IAsyncEnumerable<(string ReportId, StoredFinding Finding)> ScanForExportAsync(IReadOnlySet<string> reportIds, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reportIds);
        var reviews = await reviewStore.ScanAsync(reportIds, cancellationToken).ConfigureAwait(false);

        // A selection's findings may all be held at once (the export's order is not the table's), so repeated texts (rule
        // ids, rows, columns, messages, small numbers) are kept once; the pool stops growing at PooledTexts entries.
        var pool = new Dictionary<string, string>(StringComparer.Ordinal);
        string? Pooled(string? text)
        {
            if (text is null)
            {
                return null;
            }

            if (pool.TryGetValue(text, out var kept))
            {
                return kept;
            }

            if (pool.Count < PooledTexts)
            {
                pool[text] = text;
            }

            return text;
        }

        foreach (var range in PartitionFilter.HexRanges(null))
        {
            await foreach (var e in _findings.QueryAsync<TableEntity>(range, maxPerPage: 1000, select: ExportColumns, cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                if (reportIds.Contains(e.PartitionKey))
                {
                    yield return (e.PartitionKey, new StoredFinding(ExportFinding(e, Pooled), reviews.GetValueOrDefault(e.PartitionKey)?.GetValueOrDefault(TableKeys.FindingIdOf(e.PartitionKey, e.RowKey))));
                }
            }
        }
    }

    private static Finding ExportFinding(TableEntity e, Func<string?, string?> pooled) => new(
        pooled(e.GetString("Rule")) ?? string.Empty,
        Enum.TryParse<Severity>(e.GetString("Severity"), ignoreCase: true, out var severity) ? severity : Severity.Notice,
        pooled(e.GetString("MessageZh")) ?? string.Empty,
        string.Empty,
        e.GetInt32("Section"),
        pooled(e.GetString("Row")),
        pooled(e.GetString("Column")),
        pooled(e.GetString("Expected")),
        pooled(e.GetString("Actual")));

    private static TableEntity ToEntity(string reportId, string rowKey, Finding f) => new(reportId, rowKey)
    {
        ["Rule"] = f.RuleId,
        ["Severity"] = EnumNames.Name(f.Severity),
        ["Section"] = f.Section,
        ["Row"] = f.Row,
        ["Column"] = f.Column,
        ["Expected"] = f.Expected,
        ["Actual"] = f.Actual,
        ["MessageZh"] = f.MessageZh,
        ["MessageEn"] = f.MessageEn,
        ["Cells"] = string.Join(';', (f.Cells ?? []).Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Line},{c.Column},{c.Table},{c.Row},{c.Cell}"))),
    };

    private static Finding ToFinding(TableEntity e) => new(
        e.GetString("Rule") ?? string.Empty,
        EnumNames.Parse(e.GetString("Severity"), Severity.Notice),
        e.GetString("MessageZh") ?? string.Empty,
        e.GetString("MessageEn") ?? string.Empty,
        e.GetInt32("Section"),
        e.GetString("Row"),
        e.GetString("Column"),
        e.GetString("Expected"),
        e.GetString("Actual"),
        ParseCells(e.GetString("Cells")));

    private static List<SourceLocation> ParseCells(string? text) =>
        (text ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(part => part.Split(',').Select(n => int.Parse(n, CultureInfo.InvariantCulture)).ToArray())
            .Where(n => n.Length == 5)
            .Select(n => new SourceLocation(n[0], n[1], n[2], n[3], n[4]))
            .ToList();
}
