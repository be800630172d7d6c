using Microsoft.Extensions.DependencyInjection;
using ReportAudit.Core.Digest;
using ReportAudit.Core.Storage;
using ReportAudit.Local.Hosting;

namespace ReportAudit.Local.Commands;

/// <summary>
/// <c>digest send --week 2026-W47 [--region R] [--to ADDRESS]</c> runs the weekly digest job by hand (every
/// recipient not served for that week yet; <c>--to</c> replaces the configured recipients);
/// <c>digest preview --week 2026-W47 [--region R]</c> prints the HTML a recipient would get.
/// Without <c>--week</c>, the last complete week.
/// </summary>
internal static class DigestCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0 || args[0] is not ("send" or "preview"))
        {
            Console.Error.WriteLine("用法 usage: digest send|preview [--week 2026-W47] [--region R] [--to ADDRESS]");
            return CommandLine.Usage;
        }

        string? week = null, region = null, to = null;
        var rest = new List<string>();
        for (var i = 1; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--week" when i + 1 < args.Length: week = args[++i]; break;
                case "--region" when i + 1 < args.Length: region = args[++i]; break;
                case "--to" when i + 1 < args.Length: to = args[++i]; break;
                default: rest.Add(args[i]); break;
            }
        }

        IsoWeek parsed = default;
        if (week is not null && !IsoWeek.TryParse(week, out parsed))
        {
            Console.Error.WriteLine($"--week 应为 ISO 周，如 2026-W47; --week must be an ISO week such as 2026-W47: {week}");
            return CommandLine.Usage;
        }

        var overrides = to is null ? null : new Dictionary<string, string?> { ["Digest:Recipients"] = to };
        await using var app = LocalRunner.Build(rest.ToArray(), overrides);
        await app.Services.GetRequiredService<StorageInitializer>().EnsureAsync();
        var job = app.Services.GetRequiredService<WeeklyDigestJob>();
        var target = week is null ? job.LastCompletedWeek() : parsed;
        if (args[0] == "preview")
        {
            Console.WriteLine((await job.PreviewAsync(target, region)).Html);
            return 0;
        }

        var result = await job.RunAsync(target, region);
        Console.WriteLine($"周报 digest {result.Week}: 收件人 recipients {result.Recipients}; 已发送 sent {result.Sent}; 跳过（已发送） skipped {result.Skipped}; 失败 failed {result.Failed.Count}");
        foreach (var address in result.Failed)
        {
            Console.WriteLine($"  失败 failed: {address}");
        }

        if (result.Recipients == 0)
        {
            Console.Error.WriteLine("没有收件人 no recipients: set Digest__Recipients, add a subscription, or pass --to ADDRESS");
        }

        return result.Failed.Count > 0 || result.Recipients == 0 ? 1 : 0;
    }
}
