using Azure;
using Azure.Data.Tables;

namespace ReportAudit.Core.Storage.Tables;

/// <summary>The one optimistic write of a row: added when none is stored yet, else replaced only if unchanged since it was read.</summary>
internal static class ETagWrites
{
    /// <summary>
    /// Adds <paramref name="entity"/> when <paramref name="etag"/> is null, else replaces the stored row if it still has
    /// that ETag. Saved is false (and nothing written) when another writer got there first (409 or 412) or the row read
    /// is gone (404: deleted, or moved to other keys).
    /// </summary>
    public static async Task<(bool Saved, string? ETag)> TrySaveAsync(TableClient table, TableEntity entity, string? etag, CancellationToken cancellationToken)
    {
        try
        {
            var response = etag is null
                ? await table.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false)
                : await table.UpdateEntityAsync(entity, new ETag(etag), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            return (true, response.Headers.ETag?.ToString());
        }
        catch (RequestFailedException e) when (e.Status is 404 or 409 or 412)
        {
            return (false, null);
        }
    }
}
