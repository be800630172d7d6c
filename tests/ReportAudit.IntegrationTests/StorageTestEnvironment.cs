using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ReportAudit.Core.Hosting;
using ReportAudit.Core.Storage;
using ReportAudit.Core.Storage.Tables;

namespace ReportAudit.IntegrationTests;

/// <summary>
/// The core services against Azurite (started by scripts/test.sh on 127.0.0.1), with containers and
/// tables of their own for each test class, deleted afterwards. A test that must stop its storage passes the
/// connection string of an Azurite of its own.
/// </summary>
public sealed class StorageTestEnvironment(IReadOnlyDictionary<string, string?>? extraSettings = null, string? connection = null) : IAsyncLifetime
{
    public StorageTestEnvironment()
        : this(null)
    {
    }

    public static string Connection => Environment.GetEnvironmentVariable("AZURITE_CONNECTION") ?? "UseDevelopmentStorage=true";

    /// <summary>The connection string this environment's services use (the shared Azurite unless another was given).</summary>
    public string ConnectionString { get; } = connection ?? Connection;

    private readonly string _prefix = "t" + Guid.NewGuid().ToString("N")[..10];

    public ServiceProvider Services { get; private set; } = null!;

    public string ReportsContainer => _prefix + "-reports";

    /// <summary>The settings the services run with, to start a local runner on the same containers and tables.</summary>
    public Dictionary<string, string?> Settings => new()
    {
        ["ReportStorage"] = ConnectionString,
        ["AzureWebJobsStorage"] = ConnectionString,
        ["ReportsContainer"] = ReportsContainer,
        ["Storage:ParsedContainer"] = _prefix + "-parsed",
        ["Storage:RostersContainer"] = _prefix + "-rosters",
        ["ReportEventsQueue"] = _prefix + "-events",
        ["Storage:TablePrefix"] = _prefix,
        ["CollectionQueue"] = _prefix + "-collection",

        // Tests sweep right after writing a blob; SweepGraceTests covers the grace itself.
        ["Storage:SweepGrace"] = "00:00:00",
    };

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public BlobContainerClient Reports => new BlobServiceClient(ConnectionString).GetBlobContainerClient(ReportsContainer);

    public TableClient Table(string name) => new TableServiceClient(ConnectionString).GetTableClient(_prefix + name);

    public async Task InitializeAsync()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(Settings).AddInMemoryCollection(extraSettings ?? new Dictionary<string, string?>()).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddReportAuditCore(configuration);
        Services = services.BuildServiceProvider();
        await Get<StorageInitializer>().EnsureAsync();
    }

    public async Task DisposeAsync()
    {
        var blobs = new BlobServiceClient(ConnectionString);
        foreach (var suffix in new[] { "-reports", "-parsed", "-rosters" })
        {
            await blobs.GetBlobContainerClient(_prefix + suffix).DeleteIfExistsAsync();
        }

        var queues = new Azure.Storage.Queues.QueueServiceClient(ConnectionString);
        foreach (var suffix in new[] { "-events", "-events-poison" })
        {
            await queues.GetQueueClient(_prefix + suffix).DeleteIfExistsAsync();
        }

        var tables = new TableServiceClient(ConnectionString);
        foreach (var table in TableKeys.All)
        {
            await tables.DeleteTableAsync(_prefix + table);
        }

        await new Azure.Storage.Queues.QueueClient(ConnectionString, _prefix + "-collection").DeleteIfExistsAsync();
        await Services.DisposeAsync();
    }

    public static string Sample(string id)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Serverless.sln")))
            {
                var samples = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "samples"));
                return Directory.EnumerateFiles(samples, id + "*").Single();
            }
        }

        throw new InvalidOperationException("Serverless.sln not found");
    }
}
