using System.Diagnostics;
using Azure.Data.Tables;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ReportAudit.Core.Hosting;
using ReportAudit.Core.Parsing;
using ReportAudit.Core.Storage;
using ReportAudit.Core.Storage.Tables;
using ReportAudit.Core.Summaries;
using ReportAudit.Core.Validation;
using static ReportAudit.Benchmarks.ResultTable;

namespace ReportAudit.Benchmarks;

/// <summary>
/// <c>SummaryService.GetAsync</c> latency as the Reports table grows: seed synthetic reports (1,000,
/// then 10,000, then 100,000 in all), rebuild the aggregates, then time sequential calls with a mix
/// of year and region filters.
/// </summary>
internal static class SummarySuite
{
    public const double P95TargetMs = 100;

    /// <summary>Azure Table storage: a string property holds at most 64 KiB, i.e. 32,768 UTF-16 characters.</summary>
    public const int AzureStringPropertyLimit = 32 * 1024;

    private static readonly string[] Regions = ["hebei", "tianjin", "beijing", "shanxi", "gansu", "sichuan", "jiangsu", "zhejiang", "guangdong", "hunan", "yunnan", "jilin"];
    private static readonly string[] RegionNames = ["河北省", "天津市", "北京市", "山西省", "甘肃省", "四川省", "江苏省", "浙江省", "广东省", "湖南省", "云南省", "吉林省"];
    private static readonly int[] Years = [2019, 2020, 2021, 2022, 2023, 2024];

    public static async Task<int> RunAsync(Options options)
    {
        var levels = options.Ints("levels", [1_000, 10_000, 100_000]);
        var calls = options.Int("calls", 200);
        var seedConcurrency = options.Int("seed-concurrency", 64);
        var budget = TimeSpan.FromMinutes(options.Double("seed-budget-minutes", 8));
        var latePercent = options.Int("late-percent", 15);
        if (!await Storage.ReachableAsync())
        {
            return 1;
        }

        var storage = new Storage("sum");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(storage.Settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddReportAuditCore(configuration);
        await using var provider = services.BuildServiceProvider();
        var table = new ResultTable("summary");
        Console.WriteLine($"summary: prefix {storage.Prefix}, levels {string.Join(", ", levels)}, {calls} calls per level, seeding {seedConcurrency} in parallel (budget {budget.TotalMinutes:0} min per level)");

        try
        {
            await provider.GetRequiredService<StorageInitializer>().EnsureAsync();
            var summaries = provider.GetRequiredService<SummaryService>();
            var aggregates = provider.GetRequiredService<IReportAggregates>();
            var reports = storage.Table(TableKeys.Reports);
            var figures = SampleFigures();
            Console.WriteLine($"synthetic reports: {latePercent} % late and {Math.Min(3, latePercent)} % impossible dates (--late-percent)");
            var rules = provider.GetRequiredService<ReportValidator>().Catalogue.Select(r => r.Id).ToArray();

            var seeded = 0;
            double? rate = null;
            foreach (var level in levels)
            {
                var name = $"{level:N0} reports";
                var toAdd = level - seeded;
                if (rate is { } r && toAdd / r > budget.TotalSeconds)
                {
                    table.Add($"{name}: seeding", $"skipped: {toAdd:N0} rows at the measured {F(r, "0")} rows/s would take {F(toAdd / r / 60, "0.0")} min", $"≤ {budget.TotalMinutes:0} min", false);
                    continue;
                }

                // Seed [seeded, level): one row per report, each in its own partition, so no batches; many in flight instead.
                var clock = Stopwatch.StartNew();
                var done = 0;
                using var cts = new CancellationTokenSource(budget);
                var progress = Task.Run(async () =>
                {
                    while (!cts.IsCancellationRequested && Volatile.Read(ref done) < toAdd)
                    {
                        await Task.Delay(TimeSpan.FromSeconds(15), CancellationToken.None);
                        Console.WriteLine($"  seeding {name}: {Volatile.Read(ref done):N0}/{toAdd:N0} after {clock.Elapsed.TotalSeconds:0} s");
                    }
                });
                try
                {
                    await Parallel.ForEachAsync(Enumerable.Range(seeded, toAdd), new ParallelOptions { MaxDegreeOfParallelism = seedConcurrency, CancellationToken = cts.Token }, async (i, ct) =>
                    {
                        await reports.UpsertEntityAsync(ReportEntityMapper.ToEntity(Synthetic(i, figures, rules, latePercent)), TableUpdateMode.Replace, ct);
                        Interlocked.Increment(ref done);
                    });
                }
                catch (OperationCanceledException)
                {
                    var partial = Volatile.Read(ref done);
                    table.Add($"{name}: seeding", $"stopped after {F(clock.Elapsed.TotalMinutes, "0.0")} min with {partial:N0} of {toAdd:N0} rows ({F(partial / clock.Elapsed.TotalSeconds, "0")} rows/s); level skipped", $"≤ {budget.TotalMinutes:0} min", false);
                    break;
                }

                var seedSeconds = clock.Elapsed.TotalSeconds;
                rate = toAdd / seedSeconds;
                seeded = level;
                table.Add($"{name}: seeding +{toAdd:N0}", $"{F(seedSeconds, "0.0")} s = {F(rate.Value, "0")} rows/s", "(setup)", null);

                clock.Restart();
                try
                {
                    var rebuilt = await aggregates.RebuildAsync();
                    table.Add($"{name}: RebuildAsync", $"{F(clock.Elapsed.TotalSeconds, "0.00")} s ({rebuilt:N0} reports read)", "(info)", null);
                }
                catch (Azure.RequestFailedException e)
                {
                    table.Add($"{name}: RebuildAsync", $"FAILED after {F(clock.Elapsed.TotalSeconds, "0.00")} s: {e.ErrorCode ?? e.Status.ToString(System.Globalization.CultureInfo.InvariantCulture)} (the rows after it were not written)", "succeeds", false);
                }

                for (var i = 0; i < 10; i++)
                {
                    await summaries.GetAsync(Query(i).Year, Query(i).Region);
                }

                var times = new List<double>(calls);
                long count = 0;
                for (var i = 0; i < calls; i++)
                {
                    var (year, region) = Query(i);
                    clock.Restart();
                    var json = await summaries.GetAsync(year, region);
                    times.Add(clock.Elapsed.TotalMilliseconds);
                    if (year is null && region is null)
                    {
                        count = (long?)json["reports"] ?? 0;
                    }
                }

                var p95 = Percentiles.Of(times, 95);
                table.Add($"{name}: GetAsync ×{calls} p50", $"{F(Percentiles.Of(times, 50), "0.0")} ms", "", null);
                table.Add($"{name}: GetAsync ×{calls} p95", $"{F(p95, "0.0")} ms (max {F(times.Max(), "0.0")} ms; summary counts {count:N0} reports)", $"< {P95TargetMs:0} ms", p95 < P95TargetMs && count == level);

                var (rows, longest, longestRow) = await AggregateRowSizesAsync(storage);
                table.Add($"{name}: largest aggregate property", $"{longest:N0} chars ({longestRow}; {rows} aggregate rows)", $"≤ {AzureStringPropertyLimit:N0} chars (Azure 64 KiB)", longest <= AzureStringPropertyLimit);
            }
        }
        finally
        {
            await storage.CleanUpAsync();
            Console.WriteLine("cleaned up: containers and tables of the prefix");
        }

        table.Print();
        return 0;
    }

    /// <summary>All, by year, by region, by both.</summary>
    private static (int? Year, string? Region) Query(int i) => (i % 4) switch
    {
        0 => (null, null),
        1 => (Years[i / 4 % Years.Length], null),
        2 => (null, Regions[i / 4 % Regions.Length]),
        _ => (Years[i / 4 % Years.Length], Regions[i / 4 % Regions.Length]),
    };

    /// <summary>The key figures of the five samples, so the counters look like real ones.</summary>
    private static KeyFigures[] SampleFigures()
    {
        var parser = new ReportParser();
        return Inputs.TextSamples.Values.Select(p => KeyFigures.From(parser.Parse(File.ReadAllBytes(p), Path.GetFileName(p)))).ToArray();
    }

    private static StoredReport Synthetic(int i, KeyFigures[] figures, string[] rules, int latePercent)
    {
        var random = new Random(i);
        var r = i % Regions.Length;
        var year = Years[i / Regions.Length % Years.Length];
        var body = $"{RegionNames[r]}第{i:D6}号单位";
        var path = $"{Regions[r]}/{body}{year}.txt";
        var status = random.Next(100) switch { < 85 => ReportStatus.Parsed, < 95 => ReportStatus.Partial, < 99 => ReportStatus.Unparseable, _ => ReportStatus.Failed };
        var readable = status is ReportStatus.Parsed or ReportStatus.Partial;
        var fired = readable ? rules.Where(_ => random.Next(100) < 10).ToArray() : [];
        var errors = fired.Count(_ => random.Next(2) == 0);
        var deadline = new DateOnly(year + 1, 1, 31);
        var dateStatus = !readable ? "unknown" : random.Next(100) switch
        {
            var n when n < latePercent => "late",
            var n when n < latePercent + Math.Min(3, latePercent) => "impossible",
            < 88 => "on-time",
            _ => "unknown",
        };
        DateOnly? published = dateStatus switch
        {
            "on-time" => deadline.AddDays(-random.Next(1, 30)),
            "late" => deadline.AddDays(random.Next(1, 120)),
            "impossible" => new DateOnly(year, 6, 1),
            _ => null,
        };
        return new StoredReport
        {
            Id = TableKeys.ReportId(path),
            BlobPath = path,
            Body = body,
            BodyKey = BodyKey.Of(body),
            Region = Regions[r],
            Year = year,
            Template = readable ? "2021" : null,
            Status = status,
            Verdict = !readable ? "unparseable" : errors > 0 ? "failed" : fired.Length > 0 ? "warnings" : "passed",
            Errors = errors,
            Warnings = fired.Length - errors,
            Notices = random.Next(3),
            FiredRules = fired,
            PublishedOn = published,
            Deadline = readable ? deadline : null,
            DateStatus = dateStatus,
            ContentHash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(BitConverter.GetBytes(i))),
            Size = 5_000 + random.Next(10_000),
            ParserVersion = ReportParser.Version,
            ProcessedAt = DateTimeOffset.UtcNow,
            Figures = readable ? figures[i % figures.Length] : KeyFigures.Empty,
        };
    }

    private static async Task<(int Rows, int Longest, string Where)> AggregateRowSizesAsync(Storage storage)
    {
        var rows = 0;
        var longest = 0;
        var where = string.Empty;
        await foreach (var e in storage.Table(TableKeys.Aggregates).QueryAsync<TableEntity>())
        {
            rows++;
            foreach (var (key, value) in e)
            {
                if (value is string s && s.Length > longest)
                {
                    longest = s.Length;
                    where = $"{e.PartitionKey}/{e.RowKey}.{key}";
                }
            }
        }

        return (rows, longest, where);
    }
}
