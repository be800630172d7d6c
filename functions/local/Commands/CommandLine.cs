namespace ReportAudit.Local.Commands;

/// <summary>Dispatches the sub-commands. Exit codes: 0 success, 1 a report was unparseable or a job failed, 2 usage error.</summary>
internal static class CommandLine
{
    public const int Usage = 2;

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            PrintUsage();
            return args.Length == 0 ? Usage : 0;
        }

        var rest = args[1..];
        return args[0] switch
        {
            "check" => await CheckCommand.RunAsync(rest),
            "upload" => await UploadCommand.RunAsync(rest),
            "serve" => await ServeCommand.RunAsync(rest),
            "reprocess" => await MaintenanceCommand.ReprocessAsync(rest),
            "retry" => await MaintenanceCommand.RetryAsync(rest),
            "reconcile" => await MaintenanceCommand.ReconcileAsync(rest),
            "rebuild-aggregates" => await MaintenanceCommand.RebuildAggregatesAsync(rest),
            "digest" => await DigestCommand.RunAsync(rest),
            "collect" => await CollectCommand.RunAsync(rest),
            _ => UnknownCommand(args[0]),
        };
    }

    private static int UnknownCommand(string name)
    {
        Console.Error.WriteLine($"未知命令 unknown command: {name}");
        PrintUsage();
        return Usage;
    }

    public static void PrintUsage() => Console.Error.WriteLine("""
        用法 usage: dotnet run --project functions/local -- <command> [options]

          check FILE|DIR... [--json]   解析并核查报告 parse and check reports (JSON Lines with --json)
          check --rules                列出核查规则 list the rule catalogue
          upload [--region R] [--body B] [--manifest M.csv] [--account URL] [--container C] FILE|DIR...
                                       上传报告到 reports 容器（默认 Azurite；清单列 file,region,body） upload reports (Azurite by default; manifest columns file,region,body)
          serve [--seed DIR] [--roster CSV]  本地运行整个应用（Azurite） run the whole app locally against Azurite
          reprocess [--all]            用当前解析器重新处理旧版本结果 reprocess reports of older parser versions
          retry                        重试处理失败或无法解析的文件 retry failed and unparseable uploads
          reconcile                    处理触发器遗漏的文件 process uploads the trigger missed
          rebuild-aggregates           从报告表重建汇总 recompute the summary aggregates from the Reports table
          collect [URL...] [--list URL] [--csv FILE] [--region R] [--body NAME] [--years 2023,2024] [--queue]
                                       采集年报（栏目翻页、附件、robots.txt）并放入报告容器 collect reports from sites into the reports container
          digest send|preview [--week 2026-W47] [--region R] [--to ADDR]  发送或预览周报 send (to recipients not yet served) or preview the weekly digest
        """);
}
