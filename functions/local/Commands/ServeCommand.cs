using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ReportAudit.Core.Ingestion;
using ReportAudit.Core.Storage;
using ReportAudit.Local.Hosting;

namespace ReportAudit.Local.Commands;

/// <summary><c>serve [--seed DIR]</c>: runs the whole app on this machine against Azurite (or a storage account).</summary>
internal static class ServeCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var (seed, rest) = TakeOption(args, "--seed");
        var (rosterFile, hostArgs) = TakeOption(rest, "--roster");

        await using var app = LocalRunner.Build(hostArgs);
        await app.Services.GetRequiredService<StorageInitializer>().EnsureAsync();
        if (seed is not null)
        {
            var uploaded = await SeedAsync(app.Services.GetRequiredService<IReportFileStore>(), app.Services.GetRequiredService<ReportUploads>(), seed);
            Console.WriteLine(uploaded > 0 ? $"已上传示例报告 {uploaded} 份 uploaded {uploaded} sample reports from {seed}" : "示例报告已在存储中 samples already stored");
        }

        if (rosterFile is not null)
        {
            var roster = app.Services.GetRequiredService<IRosterStore>();
            if ((await roster.GetAsync()).Count == 0)
            {
                var entries = await roster.SetAsync(await File.ReadAllTextAsync(rosterFile));
                Console.WriteLine($"已设置应发布机关名单 {entries.Count} 个 roster set with {entries.Count} bodies from {rosterFile}");
            }
        }

        await app.StartAsync();
        var url = app.Configuration["Urls"]!.Split(';')[0].TrimEnd('/');
        Console.WriteLine($"""

            本地运行中 running locally:
              仪表板 dashboard     {url}/?code={app.Configuration["Api:Key"] ?? FunctionKeyMiddleware.DefaultKey}
              报告 API reports API {url}/api/reports
              汇总 summary         {url}/api/summary
              存储 storage         {app.Configuration["ReportStorage"]}
            按 Ctrl+C 停止 press Ctrl+C to stop.
            """);
        await app.WaitForShutdownAsync();
        return 0;
    }

    private static (string? Value, string[] Remaining) TakeOption(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length
            ? (args[at + 1], args.Where((_, i) => i != at && i != at + 1).ToArray())
            : (null, args);
    }

    /// <summary>Uploads the files of a folder once: files already in the container are left alone.</summary>
    private static async Task<int> SeedAsync(IReportFileStore files, ReportUploads uploads, string folder)
    {
        var uploaded = 0;
        foreach (var path in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
        {
            var name = "samples/" + Path.GetFileName(path);
            var existing = await files.OpenAsync(name);
            if (existing is not null)
            {
                await existing.Value.Content.DisposeAsync();
                continue;
            }

            await using var stream = File.OpenRead(path);
            await uploads.UploadAsync(name, stream);
            uploaded++;
        }

        return uploaded;
    }
}
