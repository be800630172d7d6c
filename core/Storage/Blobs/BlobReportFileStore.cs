using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Sas;

namespace ReportAudit.Core.Storage.Blobs;

/// <summary>The uploaded report files in the <c>reports</c> container.</summary>
public sealed class BlobReportFileStore(BlobServiceClient service, StorageOptions options) : IReportFileStore
{
    private readonly BlobContainerClient _container = service.GetBlobContainerClient(options.ReportsContainer);

    public async Task<(Stream Content, string? ETag, long Size, IDictionary<string, string> Metadata, DateTimeOffset CreatedOn)?> OpenAsync(string blobPath, CancellationToken cancellationToken = default)
    {
        try
        {
            var download = await _container.GetBlobClient(blobPath).DownloadStreamingAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            var details = download.Value.Details;
            return (download.Value.Content, details.ETag.ToString(), details.ContentLength, details.Metadata, details.CreatedOn);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    public async Task<string?> ETagAsync(string blobPath, CancellationToken cancellationToken = default)
    {
        try
        {
            return (await _container.GetBlobClient(blobPath).GetPropertiesAsync(cancellationToken: cancellationToken).ConfigureAwait(false)).Value.ETag.ToString();
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    public async IAsyncEnumerable<(string BlobPath, string ETag, DateTimeOffset LastModified)> ListAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var blob in _container.GetBlobsAsync(cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            yield return (blob.Name, blob.Properties.ETag?.ToString() ?? string.Empty, blob.Properties.LastModified ?? DateTimeOffset.MinValue);
        }
    }

    public async Task<string> UploadAsync(string blobPath, Stream content, CancellationToken cancellationToken = default) =>
        (await _container.GetBlobClient(blobPath).UploadAsync(content, overwrite: true, cancellationToken).ConfigureAwait(false)).Value.ETag.ToString();

    public Uri LinkTo(string blobPath)
    {
        var blob = _container.GetBlobClient(blobPath);
        return blob.CanGenerateSasUri ? blob.GenerateSasUri(BlobSasPermissions.Read, DateTimeOffset.UtcNow.AddHours(1)) : blob.Uri;
    }
}
