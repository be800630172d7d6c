using Azure.Data.Tables;

namespace ReportAudit.Core.Storage.Tables;

/// <summary>
/// Table filters that read the rows of several partitions (reports) in one query:
/// <c>PartitionKey eq 'a' or PartitionKey eq 'b' …</c>. Azure Table storage allows at most 15 discrete comparisons in one
/// <c>$filter</c> ("Querying tables and entities", REST reference), so a query names at most <see cref="ReportsPerQuery"/>
/// partitions: the exports read the findings of 15 reports per request instead of one report per request.
/// </summary>
public static class PartitionFilter
{
    /// <summary>Partitions named in one filter: Azure's limit of 15 comparisons per <c>$filter</c>.</summary>
    public const int ReportsPerQuery = 15;

    /// <summary>One filter per <see cref="ReportsPerQuery"/> distinct partition keys, in the given order.</summary>
    public static IEnumerable<string> Chunks(IEnumerable<string> partitionKeys)
    {
        ArgumentNullException.ThrowIfNull(partitionKeys);
        foreach (var chunk in partitionKeys.Distinct(StringComparer.Ordinal).Chunk(ReportsPerQuery))
        {
            yield return string.Join(" or ", chunk.Select(key => TableClient.CreateQueryFilter($"PartitionKey eq {key}")));
        }
    }
}
