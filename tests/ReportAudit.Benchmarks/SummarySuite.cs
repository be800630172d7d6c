using System.Diagnostics;
using Azure.Data.Tables;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ReportAudit.Core.Api;
using ReportAudit.Core.Hosting;
using ReportAudit.Core.Model;
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

    /// <summary>Issue 15.7: an export of 100,000 reports in under 30 s.</summary>
    public const double ExportTargetSeconds = 30;

    public static async Task<int> RunAsync(Options options)
    {
        var levels = options.Ints("levels", [1_000, 10_000, 100_000]);
        var calls = options.Int("calls", 200);
        var listCalls = options.Int("list-calls", 20);
        var budget = TimeSpan.FromMinutes(options.Double("seed-budget-minutes", 15));
        var latePercent = options.Int("late-percent", 15);
        var findingsUpTo = options.Int("findings-up-to", 10_000);
        var pagedUpTo = options.Int("paged-up-to", 10_000);
        if (!await Storage.ReachableAsync())
        {
            return 1;
        }

        if (options.Get("clean-prefix") is { Length: > 5 } stale && stale.StartsWith("bench", StringComparison.Ordinal))
        {
            // The tables of a run that was stopped before its own clean-up.
            var tables = new TableServiceClient(Storage.Connection);
            foreach (var t in TableKeys.All)
            {
                await tables.DeleteTableAsync(stale + t);
            }

            Console.WriteLine($"deleted the tables of {stale}");
            return 0;
        }

        var storage = new Storage("sum");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(storage.Settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddReportAuditCore(configuration);
        await using var provider = services.BuildServiceProvider();
        var table = new ResultTable("summary");
        Console.WriteLine($"summary: prefix {storage.Prefix}, levels {string.Join(", ", levels)}, {calls} summary calls and {listCalls} list calls per level, Reports rows seeded in transactions of {MaxTransaction} (budget {budget.TotalMinutes:0} min per level), findings for the first {findingsUpTo:N0} reports");

        try
        {
            await provider.GetRequiredService<StorageInitializer>().EnsureAsync();
            var summaries = provider.GetRequiredService<SummaryService>();
            var queries = provider.GetRequiredService<ReportQueryService>();
            var api = provider.GetRequiredService<ReportApi>();

            // The same route with the large-selection scan switched off: the before/after of issue 15.7 on the same rows.
            var storageOptionsPaged = new StorageOptions { TablePrefix = provider.GetRequiredService<StorageOptions>().TablePrefix, ExportScanAbove = int.MaxValue };
            var pagedApi = ActivatorUtilities.CreateInstance<ReportApi>(provider, storageOptionsPaged);
            var tableService = provider.GetRequiredService<TableServiceClient>();
            var storageOptions = provider.GetRequiredService<StorageOptions>();
            var reports = storage.Table(TableKeys.Reports);
            var findingsTable = storage.Table(TableKeys.Findings);
            var figures = SampleFigures();
            Console.WriteLine($"synthetic reports: {latePercent} % late and {Math.Min(3, latePercent)} % impossible dates (--late-percent)");
            var rules = provider.GetRequiredService<ReportValidator>().Catalogue.Select(r => r.Id).ToArray();
            StoredReport Make(int i) => Synthetic(i, figures, rules, latePercent);

            var seeded = 0;
            double? rate = null;
            foreach (var level in levels)
            {
                var name = $"{level:N0} reports";

                // 1. The summary reads only the Aggregates rows: the real RebuildAsync writes them from the synthetic reports, read in memory.
                var clock = Stopwatch.StartNew();
                var aggregates = new TableReportAggregates(tableService, storageOptions, new SyntheticReports(level, Make));
                var rebuilt = await aggregates.RebuildAsync();
                table.Add($"{name}: aggregates (RebuildAsync over in-memory reports)", $"{F(clock.Elapsed.TotalSeconds, "0.00")} s ({rebuilt:N0} reports)", "(setup)", null);

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
                table.Add($"{name}: summary GetAsync ×{calls} p50", $"{F(Percentiles.Of(times, 50), "0.0")} ms", "", null);
                table.Add($"{name}: summary GetAsync ×{calls} p95", $"{F(p95, "0.0")} ms (max {F(times.Max(), "0.0")} ms; summary counts {count:N0} reports)", $"< {P95TargetMs:0} ms", p95 < P95TargetMs && count == level);

                var (rows, longest, longestRow) = await AggregateRowSizesAsync(storage);
                table.Add($"{name}: largest aggregate property", $"{longest:N0} chars ({longestRow}; {rows} aggregate rows)", $"≤ {AzureStringPropertyLimit:N0} chars (Azure 64 KiB)", longest <= AzureStringPropertyLimit);

                // 2. Lists and exports read the Reports rows, seeded a transaction of 100 rows of one shard at a time.
                var toAdd = level - seeded;
                if (rate is { } r && toAdd / r > budget.TotalSeconds)
                {
                    table.Add($"{name}: Reports rows", $"skipped: {toAdd:N0} rows at the measured {F(r, "0")} rows/s would take {F(toAdd / r / 60, "0.0")} min; lists and exports not measured", $"≤ {budget.TotalMinutes:0} min", false);
                    continue;
                }

                clock.Restart();
                var done = 0;
                var rowsNow = level;
                using var cts = new CancellationTokenSource(budget);
                var progress = Task.Run(async () =>
                {
                    // The rate of each interval against the table's size: Azurite's upsert slows as the table grows (README).
                    var before = 0;
                    var start = seeded;
                    while (!cts.IsCancellationRequested && Volatile.Read(ref done) < toAdd)
                    {
                        await Task.Delay(TimeSpan.FromSeconds(15), CancellationToken.None);
                        var now = Volatile.Read(ref done);
                        if (now >= toAdd)
                        {
                            break;
                        }

                        Console.WriteLine($"  seeding {name}: {now:N0}/{toAdd:N0} after {clock.Elapsed.TotalSeconds:0} s; {start + now:N0} rows in the table, {(now - before) / 15.0:0} rows/s in the last 15 s");
                        before = now;
                    }
                });
                try
                {
                    // Reports rows share a partition per shard of their ids (TableKeys.ReportPartition), so they go in
                    // entity-group transactions of up to 100 rows. One transaction at a time: Azurite keeps one rollback list
                    // for the whole store, so two in flight fail ("Transaction Overlap!", 500), and it runs one request at a
                    // time anyway. A report's findings share its own partition: one transaction per report.
                    var batches = Enumerable.Range(seeded, toAdd).Select(i => (Index: i, Report: Make(i)))
                        .GroupBy(made => TableKeys.ReportPartition(made.Report.Id))
                        .SelectMany(shard => shard.Chunk(MaxTransaction));
                    foreach (var batch in batches)
                    {
                        await reports.SubmitTransactionAsync(batch.Select(made => new TableTransactionAction(TableTransactionActionType.UpsertReplace, ReportEntityMapper.ToEntity(made.Report))), cts.Token);
                        foreach (var (_, report) in batch.Where(made => made.Index < findingsUpTo && made.Report.FiredRules.Count > 0))
                        {
                            await findingsTable.SubmitTransactionAsync(FindingEntities(report).Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, e)), cts.Token);
                        }

                        Interlocked.Add(ref done, batch.Length);
                    }
                }
                catch (OperationCanceledException)
                {
                    // Stopped by the budget: lists and exports are still measured, over the rows written, and the run ends after them.
                    var partial = Volatile.Read(ref done);
                    table.Add($"{name}: Reports rows", $"stopped after {F(clock.Elapsed.TotalMinutes, "0.0")} min with {seeded + partial:N0} of {level:N0} rows ({F(partial / clock.Elapsed.TotalSeconds, "0")} rows/s); lists and exports below are over {seeded + partial:N0} rows", $"≤ {budget.TotalMinutes:0} min", false);
                    name = $"{name} ({seeded + partial:N0} rows)";
                    rowsNow = seeded + partial;
                    seeded = int.MaxValue;
                }

                if (seeded != int.MaxValue)
                {
                    var seedSeconds = clock.Elapsed.TotalSeconds;
                    rate = toAdd / seedSeconds;
                    seeded = level;
                    table.Add($"{name}: Reports rows +{toAdd:N0}", $"{F(seedSeconds, "0.0")} s = {F(rate.Value, "0")} rows/s (with findings up to report {findingsUpTo:N0})", "(setup)", null);
                }

                // 3. List pages: the filtered set is read and sorted in memory (at most ReportQueryService.MaxSorted rows).
                var listTimes = new List<double>(listCalls);
                var total = 0;
                for (var i = 0; i < listCalls; i++)
                {
                    var query = ListQuery(i);
                    clock.Restart();
                    var page = await queries.ListAsync(query);
                    listTimes.Add(clock.Elapsed.TotalMilliseconds);
                    if (i == 0)
                    {
                        total = page.Total;
                    }
                }

                table.Add($"{name}: list page ×{listCalls} p50", $"{F(Percentiles.Of(listTimes, 50), "0")} ms", "", null);
                table.Add($"{name}: list page ×{listCalls} p95", $"{F(Percentiles.Of(listTimes, 95), "0")} ms (unfiltered total {total:N0}; capped at {ReportQueryService.MaxSorted:N0})", "(info)", null);

                // 4. Exports, written to memory as the routes write them to the response.
                // The before/after diagnostic (paged as before issue 15.7) only up to --paged-up-to rows: 206 s at 100,000.
                foreach (var (export, run) in new (string, Func<Task<ApiResult>>)[]
                {
                    ("reports.csv", () => api.ExportReportsAsync(_ => null)),
                    ("findings.csv", () => api.ExportFindingsAsync(_ => null)),
                    ("findings.csv, paged as before (one query per 15 reports)", () => pagedApi.ExportFindingsAsync(_ => null)),
                }.Take(rowsNow <= pagedUpTo ? 3 : 2))
                {
                    GC.Collect();
                    var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
                    var allocatedBefore = GC.GetTotalAllocatedBytes();
                    clock.Restart();
                    var result = await run();
                    var body = new CountingStream();
                    await result.Writer!(body, CancellationToken.None);
                    var seconds = clock.Elapsed.TotalSeconds;
                    var peak = GC.GetGCMemoryInfo(GCKind.Any).HeapSizeBytes;
                    var path = export.StartsWith("findings.csv,", StringComparison.Ordinal) ? "one query per 15 reports" : export == "findings.csv" ? (rowsNow > storageOptions.ExportScanAbove ? "one scan of Findings and Reviews" : "one query per 15 reports") : "rows read 1,000 per request";
                    table.Add($"{name}: export {export}", $"{F(seconds, "0.0")} s ({body.Lines - 1:N0} rows, {F(body.Length / 1e6, "0.0")} MB; {path}; {F((GC.GetTotalAllocatedBytes() - allocatedBefore) / 1e6, "0")} MB allocated, heap {F(heapBefore / 1e6, "0")} → {F(peak / 1e6, "0")} MB at the last GC)", $"< {ExportTargetSeconds:0} s", seconds < ExportTargetSeconds);
                }

                if (seeded == int.MaxValue)
                {
                    break;
                }
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

    /// <summary>Default sort, errors first, by year, by region, and the second page.</summary>
    private static ReportQuery ListQuery(int i)
    {
        var parameters = (i % 5) switch
        {
            0 => new Dictionary<string, string>(),
            1 => new Dictionary<string, string> { ["sort"] = "-errors" },
            2 => new Dictionary<string, string> { ["year"] = Years[i / 5 % Years.Length].ToString(System.Globalization.CultureInfo.InvariantCulture) },
            3 => new Dictionary<string, string> { ["region"] = Regions[i / 5 % Regions.Length] },
            _ => new Dictionary<string, string> { ["continuationToken"] = ReportQuery.Token(50) },
        };
        return ReportQuery.Parse(parameters.GetValueOrDefault, out _)!;
    }

    /// <summary>One finding per fired rule, as the Findings table holds them (partition = report id).</summary>
    /// <summary>The most rows an entity-group transaction may hold.</summary>
    private const int MaxTransaction = 100;

    private static IEnumerable<TableEntity> FindingEntities(StoredReport report) => report.FiredRules.Select((rule, n) => new TableEntity(report.Id, TableKeys.FindingRow(report.Id, TableKeys.Escape(rule)))
    {
        ["Rule"] = rule,
        ["Severity"] = n < report.Errors ? "error" : "warning",
        ["Section"] = 3,
        ["Row"] = "new",
        ["Column"] = "total",
        ["Expected"] = "343",
        ["Actual"] = "342",
        ["MessageZh"] = "合计与分项之和不符",
        ["MessageEn"] = "the total differs from the sum of its parts",
        ["Cells"] = string.Empty,
    });

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
        var dateStatus = !readable ? DateStatus.Unknown : random.Next(100) switch
        {
            var n when n < latePercent => DateStatus.Late,
            var n when n < latePercent + Math.Min(3, latePercent) => DateStatus.Impossible,
            < 88 => DateStatus.OnTime,
            _ => DateStatus.Unknown,
        };
        DateOnly? published = dateStatus switch
        {
            DateStatus.OnTime => deadline.AddDays(-random.Next(1, 30)),
            DateStatus.Late => deadline.AddDays(random.Next(1, 120)),
            DateStatus.Impossible => new DateOnly(year, 6, 1),
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
            Verdict = !readable ? Verdict.Unparseable : errors > 0 ? Verdict.Failed : fired.Length > 0 ? Verdict.Warnings : Verdict.Passed,
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
