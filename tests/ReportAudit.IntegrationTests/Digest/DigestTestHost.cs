using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using ReportAudit.Core.Hosting;

namespace ReportAudit.IntegrationTests.Digest;

/// <summary>The core services on a test class's Azurite tables, with digest settings of the test's own and a fake clock.</summary>
internal sealed class DigestTestHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    public DigestTestHost(StorageTestEnvironment env, FakeTimeProvider time, IReadOnlyDictionary<string, string?> settings)
    {
        var all = env.Settings;
        foreach (var (key, value) in settings)
        {
            all[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(all).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddReportAuditCore(configuration);
        services.AddSingleton<TimeProvider>(time);
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }

    public T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
