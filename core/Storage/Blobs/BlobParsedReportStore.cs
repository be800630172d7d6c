using System.Text;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace ReportAudit.Core.Storage.Blobs;

/// <summary>Parsed models as JSON blobs in the <c>parsed</c> container.</summary>
public sealed class BlobParsedReportStore(BlobServiceClient service, StorageOptions options) : IParsedReportStore
{
    private readonly BlobContainerClient _container = service.GetBlobContainerClient(options.ParsedContainer);

    public async Task SaveAsync(string id, string json, CancellationToken cancellationToken = default)
    {
        var blob = _container.GetBlobClient(id + ".json");
        await blob.UploadAsync(
            BinaryData.FromString(json),
            new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "application/json; charset=utf-8" } },
            cancellationToken).ConfigureAwait(false);
    }

    public async Task<string?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        try
        {
            var content = await _container.GetBlobClient(id + ".json").DownloadContentAsync(cancellationToken).ConfigureAwait(false);
            return Encoding.UTF8.GetString(content.Value.Content.ToMemory().Span);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }
}
