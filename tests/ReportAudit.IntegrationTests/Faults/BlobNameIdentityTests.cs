using ReportAudit.Core.Ingestion;
using ReportAudit.Core.Model;
using ReportAudit.Core.Storage;
using ReportAudit.Core.Storage.Tables;
using Xunit.Abstractions;

namespace ReportAudit.IntegrationTests.Faults;

/// <summary>
/// Blob names map to report ids one-to-one: names that differ only in slashes (a leading slash, a doubled or
/// trailing one) are each their own report as the container lists them, and reconciling twice stores nothing again.
/// </summary>
[Trait("Category", "Faults")]
public sealed class BlobNameIdentityTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly StorageTestEnvironment _env = new();

    public Task InitializeAsync() => _env.InitializeAsync();

    public Task DisposeAsync() => _env.DisposeAsync();

    [Fact]
    public async Task NamesDifferingOnlyInSlashes_AreOneReportEachAsListed()
    {
        var bytes = BinaryData.FromBytes(await File.ReadAllBytesAsync(StorageTestEnvironment.Sample("004")));
        foreach (var name in new[] { "/slash/x.txt", "slash/x.txt", "slash//x.txt" })
        {
            await _env.Reports.GetBlobClient(name).UploadAsync(bytes, overwrite: true);
        }

        var listed = (await _env.Reports.GetBlobsAsync().ToListAsync()).Select(b => b.Name).Order(StringComparer.Ordinal).ToList();
        output.WriteLine("listed: " + string.Join(", ", listed));
        var maintenance = _env.Get<ReportMaintenance>();

        var first = await maintenance.ReconcileAsync();
        var second = await maintenance.ReconcileAsync();

        var rows = await _env.Get<IReportRepository>().ListAllAsync().ToListAsync();
        Assert.Contains("slash/x.txt", listed);
        Assert.Equal((listed.Count, listed.Count), (first.Selected, first.Processed));
        Assert.Equal(0, second.Selected);
        Assert.Equal(listed, rows.Select(r => r.BlobPath).Order(StringComparer.Ordinal).ToList());
        Assert.Equal(listed.Select(TableKeys.ReportId).Order(StringComparer.Ordinal), rows.Select(r => r.Id).Order(StringComparer.Ordinal));
        Assert.Equal(listed.Count, rows.Select(r => r.Id).Distinct().Count());
        Assert.All(rows, r => Assert.Equal(ReportStatus.Parsed, r.Status));
    }
}
