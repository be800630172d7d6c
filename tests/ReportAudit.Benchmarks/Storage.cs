using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using ReportAudit.Core.Storage.Tables;

namespace ReportAudit.Benchmarks;

/// <summary>Azurite on 127.0.0.1 (or <c>AZURITE_CONNECTION</c>), with containers and tables of a private prefix, removed afterwards.</summary>
internal sealed class Storage(string suite)
{
    public static string Connection => Environment.GetEnvironmentVariable("AZURITE_CONNECTION") ?? "UseDevelopmentStorage=true";

    /// <summary>Letters and digits only (table names), lower case (container names).</summary>
    public string Prefix { get; } = "bench" + suite + Guid.NewGuid().ToString("N")[..8];

    public string ReportsContainer => Prefix + "-reports";

    public Dictionary<string, string?> Settings => new()
    {
        ["ReportStorage"] = Connection,
        ["AzureWebJobsStorage"] = Connection,
        ["ReportsContainer"] = ReportsContainer,
        ["Storage:ParsedContainer"] = Prefix + "-parsed",
        ["Storage:RostersContainer"] = Prefix + "-rosters",
        ["Storage:TablePrefix"] = Prefix,
    };

    public TableClient Table(string name) => new TableServiceClient(Connection).GetTableClient(Prefix + name);

    public async Task CleanUpAsync()
    {
        var blobs = new BlobServiceClient(Connection);
        foreach (var suffix in new[] { "-reports", "-parsed", "-rosters" })
        {
            await blobs.GetBlobContainerClient(Prefix + suffix).DeleteIfExistsAsync();
        }

        var tables = new TableServiceClient(Connection);
        foreach (var table in TableKeys.All)
        {
            await tables.DeleteTableAsync(Prefix + table);
        }

        // The queues of a runner started on this prefix (load, memory); none for the other suites.
        var queues = new QueueServiceClient(Connection);
        foreach (var queue in new[] { "-events", "-events-poison", "-collection", "-collection-poison" })
        {
            await queues.GetQueueClient(Prefix + queue).DeleteIfExistsAsync();
        }
    }

    public static async Task<bool> ReachableAsync()
    {
        try
        {
            using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await new BlobServiceClient(Connection).GetPropertiesAsync(cts.Token);
            return true;
        }
        catch (Exception e) when (e is Azure.RequestFailedException or OperationCanceledException or AggregateException or HttpRequestException)
        {
            Console.Error.WriteLine($"Azurite is not reachable ({Connection}): {e.Message}. Start it with scripts/bench.sh or scripts/services.sh.");
            return false;
        }
    }
}
