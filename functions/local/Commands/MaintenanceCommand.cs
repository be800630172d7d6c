using Microsoft.Extensions.DependencyInjection;
using ReportAudit.Core.Ingestion;
using ReportAudit.Core.Storage;
using ReportAudit.Local.Hosting;

namespace ReportAudit.Local.Commands;

/// <summary><c>reprocess [--all]</c> and <c>retry</c>: run against the configured storage, then exit.</summary>
internal static class MaintenanceCommand
{
    public static Task<int> ReprocessAsync(string[] args) =>
        RunAsync(args.Where(a => a != "--all").ToArray(), m => m.ReprocessAsync(args.Contains("--all")), "重新处理 reprocessed");

    public static Task<int> ReconcileAsync(string[] args) =>
        RunAsync(args, m => m.ReconcileAsync(), "补处理 reconciled");

    public static Task<int> RetryAsync(string[] args) =>
        RunAsync(args, m => m.RetryFailedAsync(), "重试 retried");

    public static async Task<int> RebuildAggregatesAsync(string[] args)
    {
        await using var app = LocalRunner.Build(args);
        await app.Services.GetRequiredService<StorageInitializer>().EnsureAsync();
        var count = await app.Services.GetRequiredService<Core.Storage.IReportAggregates>().RebuildAsync();
        Console.WriteLine($"已从 {count} 份报告重建汇总 aggregates rebuilt from {count} reports");
        return 0;
    }

    private static async Task<int> RunAsync(string[] args, Func<ReportMaintenance, Task<MaintenanceResult>> run, string verb)
    {
        await using var app = LocalRunner.Build(args);
        await app.Services.GetRequiredService<StorageInitializer>().EnsureAsync();
        var result = await run(app.Services.GetRequiredService<ReportMaintenance>());
        Console.WriteLine($"{verb}: {result.Processed}/{result.Selected}; 原文件缺失 blob missing: {result.BlobMissing}; 失败 failed: {result.Failed}");
        return result.Failed > 0 ? 1 : 0;
    }
}
