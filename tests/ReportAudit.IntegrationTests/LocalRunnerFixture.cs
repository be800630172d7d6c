using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using ReportAudit.Core.Ingestion;
using ReportAudit.Local.Hosting;

namespace ReportAudit.IntegrationTests;

/// <summary>
/// The local runner in-process on a free port of 127.0.0.1, over its own Azurite containers and tables,
/// with the five samples ingested under the region "samples" (002 under "tianjin").
/// </summary>
public sealed class LocalRunnerFixture : IAsyncLifetime
{
    public const string Key = "test-key";

    public StorageTestEnvironment Storage { get; } = new();

    public WebApplication App { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public static readonly IReadOnlyDictionary<string, string> SamplePaths = new Dictionary<string, string>
    {
        ["000"] = "samples/000.txt",
        ["001"] = "samples/001.txt",
        ["002"] = "tianjin/002.txt",
        ["003"] = "samples/003.txt",
        ["004"] = "samples/004.txt",
    };

    public HttpClient Client(bool withKey = true)
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
        if (withKey)
        {
            client.DefaultRequestHeaders.Add("x-functions-key", Key);
        }

        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return client;
    }

    public T Get<T>()
        where T : notnull => App.Services.GetRequiredService<T>();

    public async Task InitializeAsync()
    {
        await Storage.InitializeAsync();
        var settings = Storage.Settings;
        settings["Urls"] = "http://127.0.0.1:0";
        settings["Api:Key"] = Key;

        // Blobs written straight into the container (not through the upload path) are found by the sweep.
        settings["Reconcile:Interval"] = "00:00:01";
        App = LocalRunner.Build([], settings);
        await App.StartAsync();
        var address = App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address);

        var ingestion = Get<IReportIngestion>();
        foreach (var (id, path) in SamplePaths)
        {
            await using var stream = File.OpenRead(StorageTestEnvironment.Sample(id));
            await ingestion.IngestAsync(path, stream, null);
        }
    }

    public async Task DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        await Storage.DisposeAsync();
    }
}
