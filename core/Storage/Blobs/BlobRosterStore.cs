using System.Text;
using Azure;
using Azure.Storage.Blobs;

namespace ReportAudit.Core.Storage.Blobs;

/// <summary>The roster as <c>roster.csv</c> in the rosters container.</summary>
public sealed class BlobRosterStore(BlobServiceClient service, StorageOptions options) : IRosterStore
{
    public const string BlobName = "roster.csv";

    private readonly BlobClient _blob = service.GetBlobContainerClient(options.RostersContainer).GetBlobClient(BlobName);

    public async Task<IReadOnlyList<RosterEntry>> GetAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            var content = await _blob.DownloadContentAsync(cancellationToken).ConfigureAwait(false);
            return RosterCsv.Parse(Encoding.UTF8.GetString(content.Value.Content.ToMemory().Span));
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return [];
        }
    }

    public async Task<IReadOnlyList<RosterEntry>> SetAsync(string csv, CancellationToken cancellationToken = default)
    {
        var entries = RosterCsv.Parse(csv);
        await _blob.UploadAsync(BinaryData.FromString(csv), overwrite: true, cancellationToken).ConfigureAwait(false);
        return entries;
    }
}
