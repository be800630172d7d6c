using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Azure.WebJobs.Host;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ReportAudit.Core.Ingestion;
using ReportAudit.Core.Storage;
using ReportAudit.Core.Storage.Tables;
using ReportAudit.Local.Hosting;
using static ReportAudit.Benchmarks.ResultTable;

namespace ReportAudit.Benchmarks;

/// <summary>
/// End to end through the upload path and the queue trigger: the local runner in-process on a private prefix,
/// N uploads (blob, then its created event) as fast as the client can, then the Reports table polled until
/// every report is stored. A second, smaller phase calls the ingestion directly (no trigger) with the
/// trigger's concurrency, to tell the trigger's own cost from the pipeline's.
/// </summary>
internal static partial class LoadSuite
{
    public const double ThroughputTarget = 50;
    public const double P95TargetSeconds = 2;

    public static async Task<int> RunAsync(Options options)
    {
        var count = options.Int("count", 1000);
        var concurrency = options.Int("concurrency", 32);
        var direct = options.Int("direct", 200);
        var bodies = Math.Max(1, options.Int("bodies", count));
        var timeout = TimeSpan.FromMinutes(options.Double("timeout-minutes", 5));
        var stall = TimeSpan.FromSeconds(options.Double("stall-seconds", 90));
        if (!await Storage.ReachableAsync())
        {
            return 1;
        }

        var storage = new Storage("load");
        var settings = storage.Settings;
        settings["Urls"] = "http://127.0.0.1:0";
        settings["Api:Key"] = "bench-key";
        settings["WeeklyDigestSchedule"] = string.Empty;

        // The trigger's queue (and the collection queue) of this run's own, so that no other runner on the same
        // storage takes its events, and this runner takes no one else's.
        settings["ReportEventsQueue"] = storage.Prefix + "-events";
        settings["CollectionQueue"] = storage.Prefix + "-collection";
        settings["Logging:LogLevel:Default"] = "Warning";

        // Failed invocations are counted from the aggregates below; their stack traces would bury the progress lines.
        settings["Logging:LogLevel:Function"] = "None";
        settings["Logging:LogLevel:Host.Results"] = "None";

        var samples = Inputs.TextSamples.Values.Select(File.ReadAllText).ToArray();
        // A burst of uploads is many bodies' reports: each upload names its own body by the upload path convention
        // ({region}/{body}/{file}, UploadedBlob.UploaderBody), so no two reports are versions of one body-year unless
        // --bodies asks for fewer bodies than uploads (then each body-year's versions are numbered one after another).
        var names = Enumerable.Range(0, count).Select(i => $"load/{BodyName(i % bodies)}/{i:D4}.txt").ToArray();
        var payloads = Enumerable.Range(0, count).Select(i => BinaryData.FromBytes(Encoding.UTF8.GetBytes(Vary(samples[i % samples.Length], (i / samples.Length) + 1)))).ToArray();
        var table = new ResultTable($"load ({count} uploads of {Math.Min(bodies, count)} bodies through the upload path and the queue trigger)");

        Console.WriteLine($"load: prefix {storage.Prefix}, {count} reports ({payloads.Sum(p => p.ToMemory().Length) / 1024.0 / 1024.0:0.0} MB), upload concurrency {concurrency}");
        var app = LocalRunner.Build([], settings);
        try
        {
            await app.Services.GetRequiredService<StorageInitializer>().EnsureAsync();
            var queues = app.Services.GetRequiredService<IOptions<QueuesOptions>>().Value;
            Console.WriteLine($"queue trigger: BatchSize {queues.BatchSize}, NewBatchThreshold {queues.NewBatchThreshold}, MaxPollingInterval {queues.MaxPollingInterval.TotalMilliseconds:0} ms, MaxDequeueCount {queues.MaxDequeueCount}; queue {settings["ReportEventsQueue"]}");
            await app.StartAsync();

            var container = new BlobContainerClient(Storage.Connection, storage.ReportsContainer);
            var uploadPath = app.Services.GetRequiredService<ReportUploads>();
            var triggerQueue = new QueueClient(Storage.Connection, app.Services.GetRequiredService<StorageOptions>().EventsQueue);
            var reports = storage.Table(TableKeys.Reports);
            var indexOf = names.Select((n, i) => (Id: TableKeys.ReportId(n), i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
            var uploadedAt = new DateTimeOffset[count];
            var uploaded = 0;

            // CPU seconds of Azurite and of this process (the runner, its triggers and the uploader) over the burst: what bounds the rate.
            var azurite = Storage.Connection == "UseDevelopmentStorage=true" ? AzuriteProcess.Find() : null;
            var azuriteCpuBefore = azurite is { } a0 ? CheckSuite.CpuSeconds(a0) : 0;
            var ownCpuBefore = Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;
            var clock = Stopwatch.StartNew();
            var start = DateTimeOffset.UtcNow;
            var uploads = Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (i, ct) =>
            {
                // The upload path the app offers: the blob, then its created event in the queue.
                await uploadPath.UploadAsync(names[i], payloads[i].ToStream(), ct);
                uploadedAt[i] = DateTimeOffset.UtcNow;
                Interlocked.Increment(ref uploaded);
            });

            var stored = new Dictionary<int, (DateTimeOffset ProcessedAt, string Status)>();
            var nextReport = TimeSpan.Zero;
            var lastProgress = TimeSpan.Zero;
            var stalled = false;
            while (stored.Count < count && clock.Elapsed < timeout)
            {
                var before = stored.Count;
                await foreach (var e in reports.QueryAsync<TableEntity>(select: ["RowKey", "ProcessedAt", "Status"]))
                {
                    if (indexOf.TryGetValue(e.RowKey, out var i) && !stored.ContainsKey(i))
                    {
                        stored[i] = (e.GetDateTimeOffset("ProcessedAt") ?? DateTimeOffset.UtcNow, e.GetString("Status") ?? "?");
                    }
                }

                if (clock.Elapsed >= nextReport || stored.Count == count)
                {
                    var queued = await QueueLengthAsync(triggerQueue);
                    Console.WriteLine($"  t={clock.Elapsed.TotalSeconds,6:0.0}s  uploaded {Volatile.Read(ref uploaded),5}  stored {stored.Count,5}  trigger queue ≈{queued}");
                    nextReport = clock.Elapsed + TimeSpan.FromSeconds(5);
                }

                if (uploads.IsFaulted)
                {
                    await uploads;
                }

                if (stored.Count > before)
                {
                    lastProgress = clock.Elapsed;
                }
                else if (uploads.IsCompleted && clock.Elapsed - lastProgress > stall)
                {
                    Console.WriteLine($"  no new report stored for {stall.TotalSeconds:0} s: giving up on the rest");
                    stalled = true;
                    break;
                }

                await Task.Delay(500);
            }

            await uploads;
            var azuriteCpu = azurite is { } a1 ? CheckSuite.CpuSeconds(a1) - azuriteCpuBefore : double.NaN;
            var ownCpu = Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds - ownCpuBefore;
            var uploadSeconds = (uploadedAt.Max() - start).TotalSeconds;
            table.Add("uploads", $"{count} in {F(uploadSeconds)} s = {F(count / uploadSeconds, "0")} uploads/s", "(client side)", null);
            if (stored.Count == 0)
            {
                table.Add("stored", $"0 of {count} within {timeout.TotalMinutes:0} min", "all", false);
                table.Print();
                return 0;
            }

            var last = stored.Values.Max(s => s.ProcessedAt);
            var seconds = (last - start).TotalSeconds;
            var throughput = stored.Count / seconds;
            var latencies = stored.Select(kv => (kv.Value.ProcessedAt - uploadedAt[kv.Key]).TotalSeconds).ToList();
            var processed = stored.Values.Select(s => s.ProcessedAt).Order().ToArray();
            var (lo, hi) = (processed[processed.Length / 10], processed[(processed.Length * 9 / 10) - 1]);
            var middle = (hi - lo).TotalSeconds;
            var firstStored = (processed[0] - start).TotalSeconds;

            table.Add(stalled ? "stored (stalled)" : "stored", $"{stored.Count} of {count} ({string.Join(", ", stored.Values.GroupBy(s => s.Status).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Count()} {g.Key}"))})", $"{count}", stored.Count == count);
            table.Add("throughput, first upload → last stored", $"{F(throughput, "0.0")} reports/s ({stored.Count} in {F(seconds, "0.0")} s)", $"≥ {ThroughputTarget:0} reports/s", throughput >= ThroughputTarget);
            table.Add("throughput, 10th → 90th percentile stored", middle > 0 ? $"{F(processed.Length * 0.8 / middle, "0.0")} reports/s" : "n/a", "(sustained rate)", null);
            table.Add("first report stored after", $"{F(firstStored, "0.0")} s", "(trigger pickup)", null);
            table.Add("latency upload → stored p50", $"{F(Percentiles.Of(latencies, 50))} s", "", null);
            table.Add("latency upload → stored p95", $"{F(Percentiles.Of(latencies, 95))} s (max {F(latencies.Max())} s)", $"< {P95TargetSeconds:0} s", Percentiles.Of(latencies, 95) < P95TargetSeconds);
            if (!double.IsNaN(azuriteCpu))
            {
                var azuriteMs = azuriteCpu * 1000 / stored.Count;
                table.Add("Azurite CPU per stored report", $"{F(azuriteMs, "0.0")} ms ({F(azuriteCpu, "0.0")} s over the burst; one Node.js thread, so at most {F(1000 / azuriteMs, "0")} reports/s)", "(what limits)", null);
            }

            table.Add("runner + uploader CPU per stored report", $"{F(ownCpu * 1000 / stored.Count, "0.0")} ms ({F(ownCpu, "0.0")} s over the burst, this process; {Environment.ProcessorCount} cores)", "(what limits)", null);

            if (stored.Count < count)
            {
                // Which blobs did the scan miss? Compare their Last-Modified with the stored ones'.
                var modified = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
                await foreach (var blob in container.GetBlobsAsync(Azure.Storage.Blobs.Models.BlobTraits.None, Azure.Storage.Blobs.Models.BlobStates.None, "load/", CancellationToken.None))
                {
                    modified[blob.Name] = blob.Properties.LastModified ?? DateTimeOffset.MinValue;
                }

                var missing = Enumerable.Range(0, count).Where(i => !stored.ContainsKey(i)).ToList();
                var missingTimes = missing.Select(i => modified.GetValueOrDefault(names[i])).Order().ToList();
                var storedTimes = stored.Keys.Select(i => modified.GetValueOrDefault(names[i])).Order().ToList();
                var missedUploads = missing.Select(i => (uploadedAt[i] - start).TotalSeconds).Order().ToList();
                table.Add("blobs never processed", $"{missing.Count}: Last-Modified {missingTimes[0]:HH:mm:ss.fff}–{missingTimes[^1]:HH:mm:ss.fff}, uploads completed at t={F(missedUploads[0], "0.0")}–{F(missedUploads[^1], "0.0")} s; stored ones {storedTimes[0]:HH:mm:ss.fff}–{storedTimes[^1]:HH:mm:ss.fff}", "0", false);
            }

            // A row is saved before its counts move (ReportCommits), and a count that failed to move is redone by the
            // message's retry (visible again after the queue's 30 s) or by the count repair (rows marked over 30 s):
            // read the aggregates until they count every stored report, or 90 s.
            var aggregates = app.Services.GetRequiredService<IReportAggregates>();
            var settle = Stopwatch.StartNew();
            var firstCount = (await aggregates.GetAsync("all", "_all")).Counters.GetValueOrDefault("reports");
            var counted = firstCount;
            while (counted != stored.Count && settle.Elapsed < TimeSpan.FromSeconds(90))
            {
                await Task.Delay(2000);
                counted = (await aggregates.GetAsync("all", "_all")).Counters.GetValueOrDefault("reports");
            }

            // Rows whose counts have not moved yet (ReportCommits marks a row until its aggregates are applied).
            // And rows marked as if their file were gone (such a report counts nowhere), though every file is still there.
            var marked = 0;
            var sourceDeleted = 0;
            await foreach (var e in reports.QueryAsync<TableEntity>(select: ["RowKey", "CountPendingSince", "SourceDeleted"]))
            {
                if (indexOf.ContainsKey(e.RowKey) && e.GetDateTimeOffset("CountPendingSince") is not null)
                {
                    marked++;
                }

                if (indexOf.ContainsKey(e.RowKey) && e.GetBoolean("SourceDeleted") == true)
                {
                    sourceDeleted++;
                }
            }

            table.Add("reports counted in aggregates (all/_all)", $"{counted} of {stored.Count} stored {F(settle.Elapsed.TotalSeconds, "0")} s after the last was stored ({firstCount} at once; {marked} rows still marked count-pending, {sourceDeleted} marked source deleted)", $"{stored.Count}", counted == stored.Count);

            if (direct > 0)
            {
                await DirectAsync(app.Services.GetRequiredService<IReportIngestion>(), samples, direct, queues.BatchSize + queues.NewBatchThreshold, table);
            }
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
            await storage.CleanUpAsync();
        }

        table.Print();
        return 0;
    }

    /// <summary>The same pipeline without the trigger: IngestAsync called directly, at the trigger's concurrency.</summary>
    private static async Task DirectAsync(IReportIngestion ingestion, string[] samples, int count, int concurrency, ResultTable table)
    {
        var durations = new double[count];
        var failures = 0;
        string? firstError = null;
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (i, ct) =>
        {
            var started = clock.Elapsed;
            using var content = new MemoryStream(Encoding.UTF8.GetBytes(Vary(samples[i % samples.Length], 5000 + i)));
            try
            {
                await ingestion.IngestAsync($"direct/{BodyName(5000 + i)}/{i:D4}.txt", content, null, ct);
            }
            catch (Exception e) when (e is Azure.RequestFailedException or InvalidOperationException)
            {
                Interlocked.Increment(ref failures);
                firstError ??= e is Azure.RequestFailedException r ? r.ErrorCode ?? r.Status.ToString(CultureInfo.InvariantCulture) : e.Message;
            }

            durations[i] = (clock.Elapsed - started).TotalSeconds;
        });
        var seconds = clock.Elapsed.TotalSeconds;
        table.Add($"direct IngestAsync ×{count}, {concurrency} parallel (no trigger)", $"{F(count / seconds, "0.0")} reports/s; per report p50 {F(Percentiles.Of(durations, 50) * 1000, "0")} ms, p95 {F(Percentiles.Of(durations, 95) * 1000, "0")} ms; {failures} failed{(firstError is null ? string.Empty : " (" + firstError + ")")}", "(diagnostic)", null);

        // One at a time: the pipeline's own latency without contention on the aggregate rows.
        var single = new List<double>();
        for (var i = 0; i < 20; i++)
        {
            using var content = new MemoryStream(Encoding.UTF8.GetBytes(Vary(samples[i % samples.Length], 9000 + i)));
            var started = clock.Elapsed;
            try
            {
                await ingestion.IngestAsync($"single/{BodyName(9000 + i)}/{i:D4}.txt", content, null);
            }
            catch (Exception e) when (e is Azure.RequestFailedException or InvalidOperationException)
            {
                failures++;
            }

            single.Add((clock.Elapsed - started).TotalSeconds);
        }

        table.Add("direct IngestAsync ×20, one at a time", $"p50 {F(Percentiles.Of(single, 50) * 1000, "0")} ms, p95 {F(Percentiles.Of(single, 95) * 1000, "0")} ms", "(diagnostic)", null);
    }

    /// <summary>
    /// Makes a sample's content unique by changing one number: the first count of items ("1件" → "2件"),
    /// or else the first long digit run (an index number).
    /// </summary>
    public static string Vary(string text, int delta)
    {
        var m = CountOfItems().Match(text);
        if (!m.Success)
        {
            m = LongNumber().Match(text);
        }

        if (!m.Success)
        {
            return text + "\n" + delta.ToString(CultureInfo.InvariantCulture) + "\n";
        }

        var number = m.Groups["n"];
        var value = long.Parse(number.Value, CultureInfo.InvariantCulture) + delta;
        return string.Concat(text.AsSpan(0, number.Index), value.ToString(CultureInfo.InvariantCulture), text.AsSpan(number.Index + number.Length));
    }

    /// <summary>A body's name as an uploader writes it in the path (Chinese, so the path convention takes it).</summary>
    private static string BodyName(int number) => string.Create(CultureInfo.InvariantCulture, $"压测{number:D4}局");

    private static async Task<int> QueueLengthAsync(QueueClient queue)
    {
        try
        {
            return (await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount;
        }
        catch (Azure.RequestFailedException)
        {
            return 0;
        }
    }

    [GeneratedRegex(@"(?<n>\d+)件")]
    private static partial Regex CountOfItems();

    [GeneratedRegex(@"(?<n>\d{5,})")]
    private static partial Regex LongNumber();
}
