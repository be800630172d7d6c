using System.Collections.Concurrent;
using System.Diagnostics;
using Azure.Storage.Blobs;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using ReportAudit.Core.Model;
using ReportAudit.Core.Storage;
using ReportAudit.Core.Storage.Tables;
using ReportAudit.Local.Hosting;
using Xunit.Abstractions;

namespace ReportAudit.IntegrationTests.Faults;

/// <summary>
/// The storage goes away in the middle of a burst of uploads and comes back: the local runner (queue trigger and
/// sweep) survives, and once storage is back every blob in the container is stored exactly once and the summary
/// counters equal the rows. Runs on an Azurite of its own (<see cref="PrivateAzurite"/>), stopped and started
/// again on the same ports and data; the outage lasts <c>FAULTS_OUTAGE_SECONDS</c> (30 s unless set). Blobs are
/// written straight into the container (as other tools do), so the runner's sweep finds them and enqueues their events.
/// </summary>
[Trait("Category", "Faults")]
public sealed class StorageOutageTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Uploads = 200;

    private readonly PrivateAzurite _azurite = new();
    private StorageTestEnvironment _env = null!;
    private WebApplication _runner = null!;

    private static TimeSpan Outage => TimeSpan.FromSeconds(
        int.TryParse(Environment.GetEnvironmentVariable("FAULTS_OUTAGE_SECONDS"), out var seconds) && seconds >= 0 ? seconds : 30);

    public async Task InitializeAsync()
    {
        await _azurite.StartAsync();
        _env = new StorageTestEnvironment(new Dictionary<string, string?> { ["Storage:CountRepairAfter"] = "00:00:05" }, _azurite.ConnectionString);
        await _env.InitializeAsync();
        var settings = _env.Settings;
        settings["Urls"] = "http://127.0.0.1:0";
        settings["Api:Key"] = "test-key";
        settings["Reconcile:Interval"] = "00:00:01";
        settings["Storage:CountRepairAfter"] = "00:00:05";

        // An event whose dequeue the outage cut off stays invisible for minutes: the sweep enqueues its blob again after the lease.
        settings["Storage:SweepLease"] = "00:00:15";
        settings["WeeklyDigestSchedule"] = string.Empty;
        settings["Logging:LogLevel:Default"] = "Warning";
        _runner = LocalRunner.Build([], settings);
        await _runner.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _runner.StopAsync();
        await _runner.DisposeAsync();
        await _env.DisposeAsync();
        await _azurite.DisposeAsync();
    }

    [Fact]
    public async Task AzuriteStoppedMidBurst_EveryBlobStoredOnce_AndTheSummaryEqualsTheRows()
    {
        var clock = Stopwatch.StartNew();
        var saves = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        _runner.Services.GetRequiredService<ReportCommits>().AfterRowSaved = saved =>
        {
            saves.AddOrUpdate(saved.Id, 1, (_, n) => n + 1);
            return Task.CompletedTask;
        };
        var samples = await Task.WhenAll(new[] { "000", "001", "002", "003", "004" }.Select(id => File.ReadAllBytesAsync(StorageTestEnvironment.Sample(id))));
        var container = _env.Reports;

        // The first half is uploaded and the runner starts on it; storage stops once it has stored a few, while it works on the rest.
        await UploadAsync(container, samples, 0, Uploads / 2);
        await Poll.UntilAsync(() => Task.FromResult(saves.Count >= 5 ? saves : null));
        await _azurite.StopAsync();
        var storedBeforeOutage = saves.Count;
        output.WriteLine($"{clock.Elapsed}: Azurite stopped after {storedBeforeOutage} reports were stored");
        await Task.Delay(Outage);
        await _azurite.StartAsync();
        output.WriteLine($"{clock.Elapsed}: Azurite started again");
        await UploadAsync(container, samples, Uploads / 2, Uploads);

        // Settling takes 20–40 s here; a machine loaded by other builds once needed more than 90 s, so the wait is long
        // (it ends as soon as the state is reached; what is asserted is unchanged).
        var polls = 0;
        var state = await Poll.UntilAsync(
            async () =>
            {
                var settled = await SettledAsync();
                if (++polls % 20 == 0)
                {
                    output.WriteLine($"{clock.Elapsed}: {settled?.Rows.Count} rows, {settled?.Pending} pending, summary equal: {settled?.Summary.SequenceEqual(settled.Expected)}, queued: {await QueuedAsync()}");
                }

                return settled is not null && settled.Rows.Count == Uploads && settled.Pending == 0 && settled.Summary.SequenceEqual(settled.Expected) ? settled : null;
            },
            TimeSpan.FromSeconds(180));
        var last = state ?? await SettledAsync();
        foreach (var key in last!.Expected.Keys.Union(last.Summary.Keys).Where(k => last.Expected.GetValueOrDefault(k) != last.Summary.GetValueOrDefault(k)).Take(10))
        {
            output.WriteLine($"summary {key} = {last.Summary.GetValueOrDefault(key)}, rows give {last.Expected.GetValueOrDefault(key)}");
        }

        output.WriteLine($"{clock.Elapsed}: {last!.Rows.Count} rows, {last.Pending} pending, {saves.Count} saved, {saves.Count(s => s.Value > 1)} saved twice, queued: {await QueuedAsync()}");

        var blobs = (await container.GetBlobsAsync().ToListAsync()).Select(b => b.Name).ToList();
        Assert.Equal(Uploads, blobs.Count);
        Assert.InRange(storedBeforeOutage, 5, (Uploads / 2) - 1);
        Assert.NotNull(state);
        Assert.Equal(blobs.Select(TableKeys.ReportId).Order(StringComparer.Ordinal), last.Rows.Select(r => r.Id).Order(StringComparer.Ordinal));
        Assert.Equal(blobs.Order(StringComparer.Ordinal), last.Rows.Select(r => r.BlobPath).Order(StringComparer.Ordinal));
        Assert.All(last.Rows, r => Assert.NotEqual(ReportStatus.Failed, r.Status));
        Assert.All(last.Rows, r => Assert.StartsWith("测试", r.Body, StringComparison.Ordinal));
        Assert.DoesNotContain(saves, s => s.Value > 1);
        Assert.Equal(Uploads, last.Summary["reports"]);
        Assert.Equal(last.Expected, last.Summary);
    }

    /// <summary>Blobs <paramref name="from"/> to <paramref name="to"/>, each one body's report (the body named by the path), the five samples in turn.</summary>
    private static async Task UploadAsync(BlobContainerClient container, byte[][] samples, int from, int to)
    {
        await Parallel.ForEachAsync(Enumerable.Range(from, to - from), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (n, token) =>
            await container.GetBlobClient(PathOf(n)).UploadAsync(BinaryData.FromBytes(samples[n % samples.Length]), overwrite: true, token));
    }

    private static string PathOf(int n) => $"outage/测试{n:D3}号街道办事处/report.txt";

    private async Task<Settled?> SettledAsync()
    {
        try
        {
            var rows = await _env.Get<IReportRepository>().ListAllAsync().ToListAsync();
            var summary = (await _env.Get<IReportAggregates>().GetAsync(AggregateCounters.AllYears, AggregateCounters.AllRegions)).Counters;
            var expected = new Dictionary<string, long>(StringComparer.Ordinal);
            foreach (var row in rows.Where(r => !r.SourceDeleted))
            {
                AggregateCounters.Add(expected, AggregateCounters.Of(row), +1);
            }

            return new Settled(rows, rows.Count(r => r.CountPendingSince is not null), NonZero(summary), NonZero(expected));
        }
        catch (Azure.RequestFailedException)
        {
            return null;
        }
    }

    /// <summary>The events waiting in the queue and its poison queue, for the test's log.</summary>
    private async Task<string> QueuedAsync()
    {
        var queues = new Azure.Storage.Queues.QueueServiceClient(_env.ConnectionString);
        var events = _env.Settings["ReportEventsQueue"]!;
        var waiting = (await queues.GetQueueClient(events).GetPropertiesAsync()).Value.ApproximateMessagesCount;
        var poison = await queues.GetQueueClient(events + "-poison").ExistsAsync() ? (await queues.GetQueueClient(events + "-poison").GetPropertiesAsync()).Value.ApproximateMessagesCount : 0;
        return $"{waiting} events, {poison} poison";
    }

    private static SortedDictionary<string, long> NonZero(IReadOnlyDictionary<string, long> counters) =>
        new(counters.Where(c => c.Value != 0).ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal), StringComparer.Ordinal);

    private sealed record Settled(List<StoredReport> Rows, int Pending, SortedDictionary<string, long> Summary, SortedDictionary<string, long> Expected);
}
