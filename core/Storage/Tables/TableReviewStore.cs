using ReportAudit.Core.Model;
using Azure.Data.Tables;

namespace ReportAudit.Core.Storage.Tables;

/// <summary>Reviews in Table Storage: partition = report id, row = escaped finding id (the same key as the finding's row).</summary>
public sealed class TableReviewStore(TableServiceClient service, StorageOptions options) : IReviewStore
{
    private readonly TableClient _table = service.GetTableClient(options.TableName(TableKeys.Reviews));

    public async Task<IReadOnlyDictionary<string, FindingReview>> GetAsync(string reportId, CancellationToken cancellationToken = default)
    {
        var reviews = new Dictionary<string, FindingReview>(StringComparer.Ordinal);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {reportId}");
        await foreach (var e in _table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            reviews[e.RowKey] = ToReview(e);
        }

        return reviews;
    }

    public async Task<IReadOnlyDictionary<string, IReadOnlyDictionary<string, FindingReview>>> GetManyAsync(IReadOnlyList<string> reportIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reportIds);
        var reviews = new Dictionary<string, Dictionary<string, FindingReview>>(StringComparer.Ordinal);
        foreach (var filter in PartitionFilter.Chunks(reportIds))
        {
            await foreach (var e in _table.QueryAsync<TableEntity>(filter, maxPerPage: 1000, cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                if (!reviews.TryGetValue(e.PartitionKey, out var ofReport))
                {
                    ofReport = reviews[e.PartitionKey] = new Dictionary<string, FindingReview>(StringComparer.Ordinal);
                }

                ofReport[e.RowKey] = ToReview(e);
            }
        }

        return reviews.ToDictionary(r => r.Key, r => (IReadOnlyDictionary<string, FindingReview>)r.Value, StringComparer.Ordinal);
    }

    public async Task<IReadOnlyDictionary<string, IReadOnlyDictionary<string, FindingReview>>> ScanAsync(IReadOnlySet<string> reportIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reportIds);
        var reviews = new Dictionary<string, Dictionary<string, FindingReview>>(StringComparer.Ordinal);
        await foreach (var e in _table.QueryAsync<TableEntity>(filter: (string?)null, maxPerPage: 1000, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (!reportIds.Contains(e.PartitionKey))
            {
                continue;
            }

            if (!reviews.TryGetValue(e.PartitionKey, out var ofReport))
            {
                ofReport = reviews[e.PartitionKey] = new Dictionary<string, FindingReview>(StringComparer.Ordinal);
            }

            ofReport[e.RowKey] = ToReview(e);
        }

        return reviews.ToDictionary(r => r.Key, r => (IReadOnlyDictionary<string, FindingReview>)r.Value, StringComparer.Ordinal);
    }

    private static FindingReview ToReview(TableEntity e) => new(
        EnumNames.Parse(e.GetString("Decision"), ReviewDecision.Confirmed),
        e.GetString("Note"),
        e.GetString("Reviewer") ?? string.Empty,
        e.GetDateTimeOffset("ReviewedAt") ?? DateTimeOffset.MinValue);

    public async Task SaveAsync(string reportId, string findingId, FindingReview review, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(review);
        var entity = new TableEntity(reportId, TableKeys.Escape(findingId))
        {
            ["Decision"] = EnumNames.Name(review.Decision),
            ["Note"] = review.Note,
            ["Reviewer"] = review.Reviewer,
            ["ReviewedAt"] = review.ReviewedAt,
        };
        await _table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }
}
