using System.Text.Json;
using ReportAudit.Core.Model;
using ReportAudit.Core.Parsing;
using ReportAudit.Core.Serialization;

namespace ReportAudit.Local.Commands;

/// <summary><c>check FILE|DIR... [--json]</c>: parses each report and prints it, or one JSON line per report.</summary>
internal static class CheckCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var json = args.Contains("--json");
        var paths = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
        var unknown = args.Where(a => a.StartsWith("--", StringComparison.Ordinal) && a is not "--json").ToList();
        if (unknown.Count > 0 || paths.Count == 0)
        {
            Console.Error.WriteLine(unknown.Count > 0 ? $"未知选项 unknown option: {unknown[0]}" : "请给出文件或目录 give a file or directory");
            CommandLine.PrintUsage();
            return CommandLine.Usage;
        }

        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                Console.Error.WriteLine($"找不到文件 file not found: {path}");
                return CommandLine.Usage;
            }
        }

        var parser = new ReportParser();
        var progress = new ProgressBar(files.Count, enabled: files.Count > 3 && !Console.IsErrorRedirected);
        var anyUnparseable = false;
        foreach (var file in files)
        {
            var report = parser.Parse(await File.ReadAllBytesAsync(file), Path.GetFileName(file));
            anyUnparseable |= report.Status == ParseStatus.Unparseable;
            if (json)
            {
                Console.Out.WriteLine(ReportJson.Compact(report, file).ToJsonString(ReportJson.LineOptions));
            }
            else
            {
                progress.Clear();
                ReportPrinter.Print(Console.Out, report, file);
            }

            progress.Advance();
        }

        progress.Clear();
        return anyUnparseable ? 1 : 0;
    }
}
