using Azure;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;
using ReportAudit.Core.Ingestion;
using ReportAudit.Core.Parsing;
using ReportAudit.Core.Storage;
using ReportAudit.Core.Storage.Queues;

namespace ReportAudit.Local.Commands;

/// <summary>
/// <c>upload [--region R] [--body B] [--manifest M.csv] [--account URL] FILE|DIR...</c>: puts report files into the
/// reports container, where the blob trigger processes them. Region and body come from the options, or per file from
/// a CSV manifest (<c>file,region,body</c>; <c>file</c> relative to the manifest's folder). Against Azurite by default
/// (<c>ReportStorage</c>, default <c>UseDevelopmentStorage=true</c>; container from <c>ReportsContainer</c>, default
/// <c>reports</c>), or a real account with <see cref="DefaultAzureCredential"/> (<c>--account https://x.blob.core.windows.net</c>).
/// Exit codes: 0 when nothing was refused (skipping what is already there is success), 1 when a file was refused, 2 on a usage error.
/// </summary>
internal static class UploadCommand
{
    private static readonly string[] ValueOptions = ["--region", "--body", "--manifest", "--account", "--container"];

    /// <param name="settings">Settings over the defaults and environment (tests give their Azurite container).</param>
    public static async Task<int> RunAsync(string[] args, IReadOnlyDictionary<string, string?>? settings = null, TextWriter? output = null, CancellationToken cancellationToken = default)
    {
        output ??= Console.Out;
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        var paths = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (ValueOptions.Contains(args[i]) && i + 1 < args.Length)
            {
                options[args[i]] = args[++i];
            }
            else if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                Console.Error.WriteLine($"未知选项或缺少值 unknown option or missing value: {args[i]}");
                CommandLine.PrintUsage();
                return CommandLine.Usage;
            }
            else
            {
                paths.Add(args[i]);
            }
        }

        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ReportStorage"] = "UseDevelopmentStorage=true", ["ReportsContainer"] = "reports" })
            .AddEnvironmentVariables()
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();

        List<UploadRequest> requests;
        try
        {
            requests = Requests(paths, options);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException or FormatException or IOException)
        {
            Console.Error.WriteLine(e.Message);
            return CommandLine.Usage;
        }

        if (requests.Count == 0)
        {
            Console.Error.WriteLine("请给出文件、目录或清单 give files, folders or --manifest");
            CommandLine.PrintUsage();
            return CommandLine.Usage;
        }

        var containerName = options.GetValueOrDefault("--container") ?? configuration["ReportsContainer"]!;
        var service = options.TryGetValue("--account", out var account)
            ? new BlobServiceClient(new Uri(account), new DefaultAzureCredential())
            : new BlobServiceClient(configuration["ReportStorage"]);
        var container = service.GetBlobContainerClient(containerName);
        var maxBytes = long.TryParse(configuration["Parser:MaxInputBytes"], out var configured) ? configured : new ParserOptions().MaxInputBytes;
        // Against Azurite nothing raises blob events: the upload enqueues them. A real account's Event Grid does.
        IReportEventQueue? events = null;
        if (!options.ContainsKey("--account"))
        {
            var queue = new QueueServiceClient(configuration["ReportStorage"]).GetQueueClient(configuration["ReportEventsQueue"] ?? new StorageOptions().EventsQueue);
            await queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
            events = new StorageReportEventQueue(queue);
        }

        var uploader = new ReportUploader(container, maxBytes, events);
        var progress = new ProgressBar(requests.Count, enabled: requests.Count > 1 && !Console.IsErrorRedirected);
        var results = new List<UploadResult>(requests.Count);
        try
        {
            await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
            foreach (var request in requests)
            {
                results.Add(await uploader.UploadAsync(request, () => File.OpenRead(request.Source), cancellationToken));
                progress.Advance();
            }
        }
        catch (Exception e) when (e is RequestFailedException or AuthenticationFailedException or AggregateException)
        {
            // Storage unreachable or access refused: say so plainly, with what was done before.
            progress.Clear();
            Console.Error.WriteLine($"存储不可用或无权访问 storage unavailable or access refused ({container.Uri}): {e.Message}");
            Print(output, new UploadSummary(results), container.Uri);
            return 1;
        }

        progress.Clear();
        var summary = new UploadSummary(results);
        Print(output, summary, container.Uri);

        // As check does for an unparseable report: a script learns that something was left behind.
        return summary.Refused > 0 ? 1 : 0;
    }

    private static void Print(TextWriter output, UploadSummary summary, Uri container)
    {
        output.WriteLine($"上传到 uploaded to {container}");
        output.WriteLine($"已上传 uploaded: {summary.Uploaded}; 已跳过 skipped: {summary.Skipped}; 已拒绝 refused: {summary.Refused}");
        foreach (var result in summary.Results.Where(r => r.Disposition != UploadDisposition.Uploaded))
        {
            var verb = result.Disposition == UploadDisposition.Skipped ? "跳过 skipped" : "拒绝 refused";
            output.WriteLine($"  {verb} [{result.Code}] {result.Source}: {result.Reason}");
        }
    }

    /// <summary>The files to upload with their region and body: from the paths given, or from the manifest.</summary>
    private static List<UploadRequest> Requests(List<string> paths, Dictionary<string, string> options)
    {
        var region = options.GetValueOrDefault("--region");
        var body = options.GetValueOrDefault("--body");
        var manifest = options.TryGetValue("--manifest", out var manifestPath) ? UploadManifest.Read(manifestPath) : null;
        var requests = new List<UploadRequest>();
        if (paths.Count == 0 && manifest is not null)
        {
            foreach (var row in manifest.Rows)
            {
                requests.Add(new UploadRequest(row.File, Path.GetFileName(row.File), row.Region ?? region, row.Body ?? body));
            }

            return requests;
        }

        foreach (var path in paths)
        {
            IEnumerable<(string File, string Relative)> files = Directory.Exists(path)
                ? Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(f => (f, Path.GetRelativePath(path, f)))
                : File.Exists(path) ? [(path, Path.GetFileName(path))]
                : throw new FileNotFoundException($"找不到文件 file not found: {path}");
            foreach (var (file, relative) in files)
            {
                var row = manifest?.Find(file);
                requests.Add(new UploadRequest(file, relative.Replace('\\', '/'), row?.Region ?? region, row?.Body ?? body));
            }
        }

        return requests;
    }
}
