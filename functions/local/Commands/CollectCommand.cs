using Microsoft.Extensions.DependencyInjection;
using ReportAudit.Core.Collection;
using ReportAudit.Core.Ingestion;
using ReportAudit.Core.Model;
using ReportAudit.Core.Storage;
using ReportAudit.Local.Hosting;

namespace ReportAudit.Local.Commands;

/// <summary>
/// <c>collect [URL...] [--list URL] [--csv FILE] [--region R] [--body NAME] [--years 2023,2024] [--queue]</c>:
/// fetches reports (report URLs, a body's report column with its pagination, or CSV rows body,region,url) into the
/// reports container under <c>{region}/{host}/{file}</c>, one outcome per URL in the collection log. Inline by
/// default, then the stored files are processed as the trigger would (so they are in the dashboard when it ends);
/// <c>--queue</c> only queues the job for a running <c>serve</c>. Exit code 1 when a URL failed.
/// </summary>
internal static class CollectCommand
{
    private static readonly CollectionOutcome[] Failures = [CollectionOutcome.NotFound, CollectionOutcome.RefusedByRobots, CollectionOutcome.TooLarge, CollectionOutcome.TimedOut, CollectionOutcome.Error];

    public static async Task<int> RunAsync(string[] args)
    {
        var urls = new List<string>();
        string? list = null, csvFile = null, region = null, body = null, yearsText = null;
        var queue = false;
        var rest = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--list" when i + 1 < args.Length: list = args[++i]; break;
                case "--csv" when i + 1 < args.Length: csvFile = args[++i]; break;
                case "--region" when i + 1 < args.Length: region = args[++i]; break;
                case "--body" when i + 1 < args.Length: body = args[++i]; break;
                case "--years" when i + 1 < args.Length: yearsText = args[++i]; break;
                case "--queue": queue = true; break;
                case var a when a.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || a.StartsWith("https://", StringComparison.OrdinalIgnoreCase): urls.Add(a); break;
                default: rest.Add(args[i]); break;
            }
        }

        if (CollectionRequest.ParseYears(yearsText) is not { } years)
        {
            Console.Error.WriteLine($"--years 应为年度列表，如 2023,2024; --years must be years such as 2023,2024: {yearsText}");
            return CommandLine.Usage;
        }

        if (csvFile is not null && !File.Exists(csvFile))
        {
            Console.Error.WriteLine($"找不到文件 file not found: {csvFile}");
            return CommandLine.Usage;
        }

        var csv = csvFile is null ? null : await File.ReadAllTextAsync(csvFile);
        var request = new CollectionRequest(urls, list, csv, region, body, years);
        await using var app = LocalRunner.Build(rest.ToArray());
        await app.Services.GetRequiredService<StorageInitializer>().EnsureAsync();
        var collection = app.Services.GetRequiredService<CollectionService>();
        if (queue)
        {
            var (queued, queueError) = await collection.EnqueueAsync(request, CancellationToken.None);
            if (queued is null)
            {
                Console.Error.WriteLine(queueError);
                return CommandLine.Usage;
            }

            Console.WriteLine($"已排队 queued: run {queued.Run}, {queued.Queued} 项 items (processed by `serve`)");
            return 0;
        }

        var (run, log, error) = await collection.RunInlineAsync(request, CancellationToken.None);
        if (run is null)
        {
            Console.Error.WriteLine(error);
            return CommandLine.Usage;
        }

        foreach (var entry in log)
        {
            Console.WriteLine($"{EnumNames.Name(entry.Outcome),-12} {entry.Url}{(entry.BlobPath is null ? string.Empty : " → " + entry.BlobPath)}  {entry.Detail}");
        }

        Console.WriteLine($"采集批次 run {run.Run}: " + string.Join(", ", log.GroupBy(e => EnumNames.Name(e.Outcome)).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}")));
        var processed = await app.Services.GetRequiredService<ReportMaintenance>().ReconcileAsync();
        Console.WriteLine($"已处理新文件 new files processed: {processed.Processed}/{processed.Selected}");
        foreach (var copy in (await collection.CompareCopiesAsync(run.Run, CancellationToken.None)).Where(c => c.IsRecord))
        {
            Console.WriteLine($"报告 report {copy.Body} {copy.Year}: 以此为准 of record {copy.SourceUrl} ({EnumNames.Name(copy.Status)}){(copy.Disagreements > 0 ? $"; 副本间 {copy.Disagreements} 个单元格不一致 copies disagree on {copy.Disagreements} cells: {copy.DisagreementSummary}" : string.Empty)}");
        }

        return log.Any(e => Failures.Contains(e.Outcome)) ? 1 : 0;
    }
}
